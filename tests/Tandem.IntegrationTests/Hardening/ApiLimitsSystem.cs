using System.Globalization;

namespace Tandem.IntegrationTests.Hardening;

/// <summary>
/// The system with API limits small enough to exceed in a test, over two-second windows. The web server's
/// address is set to one the test never uses, so the test's anonymous calls from loopback are counted.
/// </summary>
public sealed class ApiLimitsSystem : TandemSystem
{
    public const int PerUserLimit = 5;

    public const int PerAddressLimit = 3;

    // The page cache's poller calls the API anonymously from the same loopback address as the tests, and
    // would spend the small per-address budget that the tests count on.
    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["OutputCache:Enabled"] = "false",
    };

    protected override IReadOnlyDictionary<string, string?> ExtraApiSettings() => new Dictionary<string, string?>
    {
        ["RateLimits:PerUser:PermitLimit"] = PerUserLimit.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:PerUser:Window"] = "00:00:02",
        ["RateLimits:PerAddress:PermitLimit"] = PerAddressLimit.ToString(CultureInfo.InvariantCulture),
        ["RateLimits:PerAddress:Window"] = "00:00:02",
        ["RateLimits:WebServerAddresses:0"] = "192.0.2.1",
        ["RateLimits:WebServerAddresses:1"] = "192.0.2.2",
    };
}
