namespace Tandem.IntegrationTests.Hardening;

/// <summary>The system with web limits small enough to exceed in a test, over two-second windows.</summary>
public sealed class SmallLimitsSystem : TandemSystem
{
    public const int SignInLimit = 3;

    public const int PagesLimit = 5;

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["RateLimits:SignIn:PermitLimit"] = SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignIn:Window"] = "00:00:02",
        ["RateLimits:Pages:PermitLimit"] = PagesLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Pages:Window"] = "00:00:02",
    };
}
