using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Tandem.ServiceDefaults;
using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Web.RateLimiting;

/// <summary>Which limit a request counts against: sign-in requests and all others, per client address.</summary>
internal static class RequestPartitions
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimitOptions limits)
    {
        // The error or status page rendered for a request already counted (a 429 among them) is part of
        // that request's answer, not a new one.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return RateLimitPartition.GetNoLimiter("re-executed");
        }

        var address = ClientAddress.PartitionKey(context);
        return IsSignIn(context.Request)
            ? limits.SignIn.Partition("signin " + address)
            : limits.Pages.Partition("pages " + address);
    }

    /// <summary>The partition a refused request counted against, for the log.</summary>
    public static string DescribeFor(HttpContext context) =>
        (IsSignIn(context.Request) ? "signin " : "pages ") + ClientAddress.PartitionKey(context);

    /// <summary>POST /signin/{provider}, and /signin/callback/{provider} by any method.</summary>
    public static bool IsSignIn(HttpRequest request) =>
        request.Path.StartsWithSegments("/signin/callback", StringComparison.OrdinalIgnoreCase)
        || (HttpMethods.IsPost(request.Method)
            && request.Path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase, out var rest)
            && rest.Value is { Length: > 1 });
}
