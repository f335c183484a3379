using Tandem.Data.Database;
using Tandem.ServiceDefaults;
using Tandem.ServiceDefaults.Proxies;
using Tandem.Web.ApiClient;
using Tandem.Web.ApiProxy;
using Tandem.Web.Bench;
using Tandem.Web.Caching;
using Tandem.Web.Components;
using Tandem.Web.Components.Account;
using Tandem.Web.Compression;
using Tandem.Web.DataProtection;
using Tandem.Web.Logins;
using Tandem.Web.Navigation;
using Tandem.Web.RateLimiting;
using Tandem.Web.Security;
using Tandem.Web.Seo;
using Tandem.Web.Sessions;
using Tandem.Web.SignIn;
using Tandem.Web.Tokens;

namespace Tandem.Web;

// A class rather than top-level statements, so that a test project hosting several servers can name
// each entry point (WebApplicationFactory<Tandem.Web.Program>) without two global Program types clashing.
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();

        builder.Services.AddTandemDatabase(builder.Configuration);

        builder.Services.AddTandemSessions(builder.Configuration, PublicOriginIsHttps(builder.Configuration));

        builder.Services.AddKeyRingEncryption(builder.Configuration, builder.Environment);

        builder.Services.AddTandemSignIn(builder.Configuration, builder.Environment);

        builder.Services.AddSessionTokens(builder.Configuration);

        builder.Services.AddTandemApiClient(builder.Configuration);

        builder.Services.AddApiProxy();

        builder.Services.AddBenchCeiling(builder.Configuration);

        builder.Services.AddTandemPageCache(builder.Configuration);

        builder.Services.AddTandemCompression(builder.Configuration);

        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddSecurityHeaders(builder.Configuration, PublicOriginIsHttps(builder.Configuration));
        builder.Services.AddTandemRateLimits(builder.Configuration);

        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<NewTokenCookie>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();
        builder.Services.AddProblemDetails();

        var app = builder.Build();

        if (args.Contains("migrate"))
        {
            await app.Services.MigrateTandemDatabaseAsync();
            return;
        }

        app.ValidateOptionsBeforeStart();

        if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStart)
        {
            await app.Services.MigrateTandemDatabaseAsync();
        }

        await app.Services.VerifyKeyRingEncryptionAsync();

        await app.Services.EnsureSigningKeyAsync();

        app.UseTrustedProxies();
        app.UseSecurityHeaders();

        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRateLimiter();
        app.UseApiRateLimitedPage();

        app.UseSpeculationRules();

        app.UseTandemCompression();
        app.UseTandemPageCache();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapApiProxy();

        app.MapStaticAssets();
        app.MapServiceDefaults();
        app.MapSignIn();
        app.MapLogins();
        app.MapJwks();
        app.MapRobots();
        app.MapFeed();
        app.MapBenchCeiling();
        app.MapSitemap();
        app.MapSpeculationRules();
        app.MapRazorComponents<App>();

        await app.RunAsync();
    }

    private static bool PublicOriginIsHttps(ConfigurationManager configuration) =>
        configuration[$"{JwtOptions.SectionName}:{nameof(JwtOptions.Issuer)}"]?
            .StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false;
}
