namespace Tandem.IntegrationTests.Hardening;

/// <summary>The system as deployed behind a TLS-terminating proxy: its public origin is HTTPS.</summary>
public sealed class HttpsOriginSystem : TandemSystem
{
    public const string PublicOrigin = "https://tandem.example";

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["Jwt:Issuer"] = PublicOrigin,
    };
}
