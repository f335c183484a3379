using Tandem.Api.ApiTokens;
using Tandem.Api.Authentication;
using Tandem.Api.Home;
using Tandem.Api.Logins;
using Tandem.Api.Markdown;
using Tandem.Api.Me;
using Tandem.Api.Posts;
using Tandem.Api.RateLimiting;
using Tandem.Api.Security;
using Tandem.Api.Sitemap;
using Tandem.Api.Users;
using Tandem.Api.Workload;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.ServiceDefaults;
using Tandem.ServiceDefaults.Proxies;

namespace Tandem.Api;

// A class rather than top-level statements, so that a test project hosting several servers can name
// each entry point (WebApplicationFactory<Tandem.Api.Program>) without two global Program types clashing.
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        if (args is [SeedWorkloadCommand.Name, .. var rest])
        {
            return await SeedWorkloadCommand.RunAsync(rest);
        }

        if (args is [RefreshExcerptsCommand.Name, .. var more])
        {
            return await RefreshExcerptsCommand.RunAsync(more);
        }

        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();

        builder.Services.AddTandemDatabase(builder.Configuration);
        builder.Services.AddHealthChecks().AddDbContextCheck<TandemDbContext>("database");

        builder.Services.AddSessionTokenAuthentication(builder.Configuration);
        builder.Services.AddApiTokenAuthentication();
        builder.Services.AddAuthorization();

        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddTandemRateLimits(builder.Configuration);

        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddHostedService<MarkdownWarmUp>();

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();

        app.ValidateOptionsBeforeStart();

        if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStart)
        {
            await app.Services.MigrateTandemDatabaseAsync();
        }

        app.UseTrustedProxies();
        app.UseApiSecurityHeaders();

        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Between the two: the limit is per user, so it needs the user, and it must also count the calls
        // authorization is about to refuse.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapServiceDefaults();
        app.MapHome();
        app.MapMe();
        app.MapApiTokens();
        app.MapLogins();
        app.MapPosts();
        app.MapUsers();
        app.MapSitemap();

        await app.RunAsync();
        return 0;
    }
}
