namespace Tandem.Web.Tokens;

/// <summary>
/// When signing keys are created, used, retired and deleted. Bound from <c>Jwt:Keys</c>; checked at start-up
/// by <see cref="SigningKeyOptionsValidator"/>.
/// </summary>
/// <remarks>
/// One key's life: created (published in the database and the JWKS) <see cref="PublishAhead"/> before the
/// key it follows stops signing; signs new tokens for <see cref="SigningPeriod"/>; keeps verifying the
/// tokens it signed until it retires at its SignUntil + Jwt:Lifetime + <see cref="ClockSkew"/>; its row is
/// deleted <see cref="DeleteAfter"/> later.
/// </remarks>
public sealed class SigningKeyOptions
{
    public const string SectionName = JwtOptions.SectionName + ":Keys";

    /// <summary>The least PublishAhead: the API re-reads the key table every minute and the JWKS is cached
    /// for <see cref="JwksMaxAge"/>, so a new key must be public for longer than both before it signs.</summary>
    public static readonly TimeSpan MinimumPublishAhead = TimeSpan.FromMinutes(10);

    /// <summary>How long a validator may cache the JWKS; well under <see cref="MinimumPublishAhead"/>.</summary>
    public static readonly TimeSpan JwksMaxAge = TimeSpan.FromMinutes(5);

    /// <summary>How long one key signs new tokens before the next one takes over.</summary>
    public TimeSpan SigningPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a new key is public before it signs its first token.</summary>
    public TimeSpan PublishAhead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far apart the clocks of the web server and a validator may be.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a retired key's row is kept (no longer published nor accepted) before it is deleted.</summary>
    public TimeSpan DeleteAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each web server looks whether a key is due to be created or deleted.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
