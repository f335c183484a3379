using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Web.RateLimiting;

/// <summary>The web server's request limits per client address, bound from <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// Starting a sign-in (POST /signin/{provider}) and the providers' callbacks: each sign-in costs two.
    /// Tight, because each one costs a provider round trip, and a flood of them is how an attacker would
    /// try stolen codes or tire out a provider's own limits for everyone on this site.
    /// </summary>
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Everything else: pages, feeds, static files. Generous: a page view is a few requests.</summary>
    public WindowLimit Pages { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };
}
