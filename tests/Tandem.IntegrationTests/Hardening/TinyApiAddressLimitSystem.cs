namespace Tandem.IntegrationTests.Hardening;

/// <summary>
/// The system with an API limit of two anonymous calls per address and the shipped setting that names
/// the web server by its loopback addresses.
/// </summary>
public sealed class TinyApiAddressLimitSystem : TandemSystem
{
    public const int PerAddressLimit = 2;

    protected override IReadOnlyDictionary<string, string?> ExtraApiSettings() => new Dictionary<string, string?>
    {
        ["RateLimits:PerAddress:PermitLimit"] = "2",
        ["RateLimits:PerAddress:Window"] = "00:01:00",
    };
}
