using Tandem.Testing;

namespace Tandem.IntegrationTests.Resilience;

/// <summary>
/// The system with its API hung (it accepts connections and never answers) and one more sign-in provider,
/// "down", whose address nothing listens on.
/// </summary>
public sealed class UnreachableServicesSystem : TandemSystem
{
    public static readonly TimeSpan ApiTimeout = TimeSpan.FromMilliseconds(500);

    private readonly SilentServer _hungApi = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _hungApi.Dispose();
    }

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["Api:BaseUrl"] = _hungApi.Address.ToString(),
        ["Api:Timeout"] = ApiTimeout.ToString(),
        ["SignIn:Oidc:down:Authority"] = $"http://127.0.0.1:{FreePort.Next()}/",
        ["SignIn:Oidc:down:ClientId"] = "tandem-web",
        ["SignIn:Oidc:down:ClientSecret"] = "unused",
        ["SignIn:Oidc:down:DisplayName"] = "A provider that is down",
    };
}
