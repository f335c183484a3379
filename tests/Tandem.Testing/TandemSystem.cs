using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Xunit;

namespace Tandem.Testing;

/// <summary>
/// The whole system on loopback: the dev identity provider, the API and the web server, each on its
/// own port, sharing one fresh database, talking to each other over real HTTP.
/// </summary>
public class TandemSystem : IAsyncLifetime
{
    public const string ClientSecret = "integration-test-secret";

    /// <summary>The web server's DataProtection:KeyEncryptionKey: fixed, so no test writes a key file.</summary>
    public const string KeyEncryptionKey = "YvoTeH6+8WVsFeF50h1ARMHRVZLj7rjZOfN2A2hZVSE=";

    private ServerFactory<Tandem.DevIdentity.Program>? _identity;
    private ServerFactory<Tandem.Api.Program>? _api;
    private ServerFactory<Tandem.Web.Program>? _web;
    private TestDatabase? _database;
    private Dictionary<string, string?>? _webSettings;

    public ServerFactory<Tandem.DevIdentity.Program> Identity => _identity ?? throw NotStarted();

    public ServerFactory<Tandem.Api.Program> Api => _api ?? throw NotStarted();

    public ServerFactory<Tandem.Web.Program> Web => _web ?? throw NotStarted();

    public TestDatabase Database => _database ?? throw NotStarted();

    /// <summary>What all three servers logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();

        int identityPort = FreePort.Next(), apiPort = FreePort.Next(), webPort = FreePort.Next();
        var web = $"http://127.0.0.1:{webPort}";
        var jwt = new Dictionary<string, string?> { ["Jwt:Issuer"] = web, ["Jwt:Audience"] = "tandem-api" };

        _identity = new ServerFactory<Tandem.DevIdentity.Program>(identityPort, Merge(new Dictionary<string, string?>
        {
            ["DevIdentity:Clients:0:ClientId"] = "tandem-web",
            ["DevIdentity:Clients:0:ClientSecret"] = ClientSecret,
            ["DevIdentity:Clients:0:DisplayName"] = "Tandem",
            ["DevIdentity:Clients:0:RedirectUris:0"] = $"{web}/signin/callback/dev",
            ["DevIdentity:Clients:0:PostLogoutRedirectUris:0"] = $"{web}/",
        }, ExtraDevProviders.IdentitySettings(ExtraDevProviderNames(), web)), logs: Logs);

        _api = new ServerFactory<Tandem.Api.Program>(apiPort,
            Merge(_database.Settings, jwt, UnlimitedApiBudgets, ExtraApiSettings()),
            services: ConfigureApiServices, logs: Logs);

        _webSettings = Merge(_database.Settings, jwt, WebSettings(identityPort, apiPort));
        _web = new ServerFactory<Tandem.Web.Program>(webPort, _webSettings, services: ConfigureWebServices, logs: Logs);

        // Starting in this order mirrors a deployment: the provider and the API are up before the web
        // server takes its first request, and the database is migrated by the first server to start.
        _identity.StartServer();
        _api.StartServer();
        _web.StartServer();

        await Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>
    /// Another web server instance, started on its own port with exactly the first one's settings and database,
    /// as a second replica behind a load balancer would be. The caller disposes it.
    /// </summary>
    public ServerFactory<Tandem.Web.Program> StartAnotherWebInstance()
    {
        var instance = new ServerFactory<Tandem.Web.Program>(
            FreePort.Next(), _webSettings ?? throw NotStarted(), services: ConfigureWebServices, logs: Logs);
        instance.StartServer();
        return instance;
    }

    /// <summary>A new browser: its own cookie jar, redirects followed by the test, not automatically.</summary>
    public TestBrowser NewBrowser(string? userAgent = null) => new(Web.BaseAddress, userAgent);

    /// <summary>A database context on the shared database, for checking what the servers stored.</summary>
    public AsyncServiceScope DatabaseScope(out TandemDbContext db)
    {
        var scope = Web.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        return scope;
    }

    // Every test client calls from 127.0.0.1, so a class sharing one system for dozens of sign-ins and polls would
    // run into the per-address budgets meant for one visitor; the rate-limit tests set small budgets of their own.
    private static readonly Dictionary<string, string?> UnlimitedWebBudgets = new()
    {
        ["RateLimits:Pages:PermitLimit"] = "1000000000",
        ["RateLimits:SignIn:PermitLimit"] = "1000000000",
    };

    private static readonly Dictionary<string, string?> UnlimitedApiBudgets = new()
    {
        ["RateLimits:PerUser:PermitLimit"] = "1000000000",
        ["RateLimits:PerAddress:PermitLimit"] = "1000000000",
    };

    protected virtual IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>();

    protected virtual IReadOnlyDictionary<string, string?> ExtraApiSettings() => new Dictionary<string, string?>();

    protected virtual void ConfigureWebServices(IServiceCollection services)
    {
    }

    /// <summary>Test-only services for the API, e.g. a startup filter that watches what reaches it.</summary>
    protected virtual void ConfigureApiServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// More names under which the web server registers the dev identity provider, each with its own client
    /// registration there, so a test can sign in through two "different" providers.
    /// </summary>
    protected virtual IReadOnlyList<string> ExtraDevProviderNames() => [];

    private Dictionary<string, string?> WebSettings(int identityPort, int apiPort) =>
        Merge(
            new Dictionary<string, string?>
            {
                ["Api:BaseUrl"] = $"http://127.0.0.1:{apiPort}",
                ["SignIn:Oidc:dev:Authority"] = $"http://127.0.0.1:{identityPort}/",
                ["SignIn:Oidc:dev:ClientId"] = "tandem-web",
                ["SignIn:Oidc:dev:ClientSecret"] = ClientSecret,
                ["DataProtection:KeyEncryptionKey"] = KeyEncryptionKey,
            },
            UnlimitedWebBudgets,
            ExtraDevProviders.WebSettings(ExtraDevProviderNames(), identityPort),
            ExtraWebSettings());

    private static Dictionary<string, string?> Merge(params IReadOnlyDictionary<string, string?>[] parts)
    {
        var merged = new Dictionary<string, string?>();
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    private static InvalidOperationException NotStarted() => new("The stack has not been started.");
}
