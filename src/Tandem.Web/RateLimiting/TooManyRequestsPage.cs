using System.Globalization;

namespace Tandem.Web.RateLimiting;

/// <summary>
/// The page a refused request gets. It is written here rather than by the status-code pages, which would
/// re-execute a refused form post as a post to the status page, and a page takes a post as a form.
/// </summary>
internal static class TooManyRequestsPage
{
    /// <summary>Why a request of the web server's own limits was refused.</summary>
    public const string FromYourAddress =
        "Tandem has had more requests from your address than it accepts in a short time.";

    /// <summary>Why a page was refused when the API refused the page's call for the visitor.</summary>
    public const string FromYou =
        "Tandem's data service has had more requests from you than it accepts in a short time.";

    public static Task WriteAsync(HttpContext context, int? retryAfterSeconds, string reason)
    {
        var wait = retryAfterSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"Please wait {seconds} seconds, then try again.")
            : "Please wait a moment, then try again.";

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <title>Too many requests · Tandem</title>
                <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
                <main id="content" class="page">
                    <section class="notice">
                        <h1>Too many requests</h1>
                        <p>{reason} {wait} <a href="/">Go to the home page</a>.</p>
                    </section>
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
