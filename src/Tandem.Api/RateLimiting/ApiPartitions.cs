using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.IdentityModel.JsonWebTokens;
using Tandem.ServiceDefaults;
using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Api.RateLimiting;

/// <summary>
/// Which limit a call counts against: its user's when it carries a valid token (from the web server or
/// from a script alike), else its client address's, except for the web server's own anonymous calls.
/// </summary>
internal sealed class ApiPartitions(RateLimitOptions limits)
{
    private readonly IPAddress[] _webServer = [.. limits.WebServerAddresses.Select(IPAddress.Parse)];

    public RateLimitPartition<string> Global(HttpContext context)
    {
        if (UserOf(context.User) is { } user)
        {
            return limits.PerUser.Partition("user " + user);
        }

        if (ClientAddress.IsOneOf(context, _webServer))
        {
            return RateLimitPartition.GetNoLimiter("web server");
        }

        return limits.PerAddress.Partition("address " + ClientAddress.PartitionKey(context));
    }

    /// <summary>
    /// Per user; a call without a valid token is refused by authorization right after, and counts against
    /// its address here so that even those cost something.
    /// </summary>
    public RateLimitPartition<string> TokenCreation(HttpContext context) =>
        limits.TokenCreation.Partition(
            "tokens " + (UserOf(context.User) ?? ClientAddress.PartitionKey(context)));

    /// <summary>The partition a refused call counted against, for the log.</summary>
    public static string DescribeFor(HttpContext context) =>
        UserOf(context.User) is { } user ? "user " + user : "address " + ClientAddress.PartitionKey(context);

    // Session JWTs keep their claim names unmapped (sub); another scheme may map it to NameIdentifier.
    private static string? UserOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
            ? principal.FindFirstValue(JwtRegisteredClaimNames.Sub)
                ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
}
