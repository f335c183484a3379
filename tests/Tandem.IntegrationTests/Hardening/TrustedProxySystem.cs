namespace Tandem.IntegrationTests.Hardening;

/// <summary>
/// The system with the test's own address named as a reverse proxy of the web server, so the
/// X-Forwarded-For the test sends is believed; the pages limit is small and its window long.
/// </summary>
public sealed class TrustedProxySystem : TandemSystem
{
    public const int PagesLimit = 3;

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["RateLimits:Pages:PermitLimit"] = PagesLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Pages:Window"] = "00:01:00",
    };
}
