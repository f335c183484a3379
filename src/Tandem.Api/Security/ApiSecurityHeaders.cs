namespace Tandem.Api.Security;

/// <summary>
/// Headers on every API response: JSON is never sniffed into something a browser would run, never framed,
/// and loads nothing; what /me returns (a user's e-mail, sessions, tokens) is never stored by any cache.
/// </summary>
internal static class ApiSecurityHeaders
{
    public static IApplicationBuilder UseApiSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(Apply, context);
            return next(context);
        });

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";

        if (context.Request.Path.StartsWithSegments("/me", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
