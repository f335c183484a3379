using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Api.RateLimiting;

/// <summary>The API's request limits, bound from <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Every call with a valid token, counted per user (the token's <c>sub</c>), from anywhere.</summary>
    public WindowLimit PerUser { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every call without a valid token, counted per client address.</summary>
    public WindowLimit PerAddress { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Creating API tokens (<see cref="TokenCreationRateLimit"/>), counted per user.</summary>
    public WindowLimit TokenCreation { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// The web server's addresses as the API sees them. Its anonymous calls render pages for visitors,
    /// whom the web server already limits per visitor's address; counting them here would put every
    /// visitor into one bucket. Its signed-in calls carry the user's token and are limited per user.
    /// </summary>
    public List<string> WebServerAddresses { get; set; } = [];
}
