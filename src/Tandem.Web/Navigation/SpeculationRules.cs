namespace Tandem.Web.Navigation;

/// <summary>
/// Makes moving between pages feel instant without shipping script: Chromium prerenders a same-site link
/// as soon as the pointer rests on it (or it gets focus), so the click shows a page that is already there.
/// The rules travel in a response header rather than an inline script, so no script runs and a strict
/// Content Security Policy needs no exception. Browsers without speculation rules navigate as usual.
/// </summary>
internal static class SpeculationRules
{
    public const string Path = "/speculation-rules.json";

    // Moderate eagerness: a hover of about 200 ms, or pointer-down, starts the prerender. Pages that change
    // state on a later click (sign-in, deletion) are left out, though their GETs are safe, to keep the
    // provider's and the server's logs free of visits nobody made.
    private const string Rules = """
        {
          "prerender": [{
            "source": "document",
            "where": { "and": [
              { "href_matches": "/*" },
              { "not": { "href_matches": "/signin*" } },
              { "not": { "href_matches": "/posts/*/delete" } }
            ] },
            "eagerness": "moderate"
          }]
        }
        """;

    /// <summary>
    /// Names the rules on HTML pages only: the browser reads the header on documents, so on JSON, XML,
    /// images or redirects it would only be bytes. The content type is known once the response starts.
    /// </summary>
    public static IApplicationBuilder UseSpeculationRules(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    response.Headers["Speculation-Rules"] = "\"" + Path + "\"";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    public static IEndpointRouteBuilder MapSpeculationRules(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(Rules, "application/speculationrules+json");
        });

        return app;
    }
}
