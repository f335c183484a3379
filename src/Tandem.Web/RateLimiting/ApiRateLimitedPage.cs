using System.Globalization;
using Tandem.Web.ApiClient;

namespace Tandem.Web.RateLimiting;

/// <summary>
/// Turns an <see cref="ApiRateLimitedException"/> from any page or endpoint into the visitor's own 429,
/// with the API's Retry-After and a page that says to wait, instead of an error page: the visitor (their
/// user, or their address) is over an API limit, and the same request will work once the window opens.
/// </summary>
internal static class ApiRateLimitedPage
{
    public static WebApplication UseApiRateLimitedPage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (ApiRateLimitedException refused) when (!context.Response.HasStarted)
            {
                await WriteAsync(context, refused.RetryAfterSeconds);
            }
        });

        return app;
    }

    private static Task WriteAsync(HttpContext context, int? retryAfterSeconds)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(RateLimitLog));
        RateLimitLog.RefusedByApi(logger, context.Request.Path.Value ?? "/");

        // Headers already set stay: the security headers among them, and any cookie the request renewed.
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.CacheControl = "no-store";
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return TooManyRequestsPage.WriteAsync(context, retryAfterSeconds, TooManyRequestsPage.FromYou);
    }
}
