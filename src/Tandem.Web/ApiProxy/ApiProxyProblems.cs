using Microsoft.AspNetCore.Diagnostics;

namespace Tandem.Web.ApiProxy;

/// <summary>The proxy's own refusals and failures, as ProblemDetails a script can read.</summary>
internal static class ApiProxyProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        // The web's HTML status pages are for people; a script calling /api gets JSON.
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        context.Response.Clear();
        await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
    }
}
