namespace Tandem.Web.Seo;

internal static class RobotsEndpoint
{
    /// <summary>Lets crawlers read every public page and points them at the sitemap; personal pages are left out.</summary>
    public static IEndpointRouteBuilder MapRobots(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var text = $"""
                User-agent: *
                Allow: /
                Disallow: /account
                Disallow: /write
                Disallow: /signin
                Disallow: /signout

                Sitemap: {origin}/sitemap.xml

                """;
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(text, "text/plain; charset=utf-8");
        });

        return app;
    }
}
