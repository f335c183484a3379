using System.Globalization;

namespace Tandem.IntegrationTests.Hardening;

/// <summary>
/// The system with a per-user API budget that a few page loads exceed, over three-second windows, and
/// one API token per user per hour. The web server's anonymous calls stay exempt, as shipped.
/// </summary>
public sealed class UserApiLimitSystem : TandemSystem
{
    public const int PerUserLimit = 6;

    public static readonly TimeSpan PerUserWindow = TimeSpan.FromSeconds(3);

    protected override IReadOnlyDictionary<string, string?> ExtraApiSettings() =>
        new Dictionary<string, string?>
        {
            ["RateLimits:PerUser:PermitLimit"] = PerUserLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:PerUser:Window"] = PerUserWindow.ToString("c", CultureInfo.InvariantCulture),
            ["RateLimits:TokenCreation:PermitLimit"] = "1",
            ["RateLimits:TokenCreation:Window"] = "01:00:00",
        };
}
