using Tandem.DevIdentity.Authorization;
using Tandem.DevIdentity.Clients;
using Tandem.DevIdentity.Safety;
using Tandem.DevIdentity.SignIn;
using Tandem.DevIdentity.Storage;
using Tandem.ServiceDefaults;

namespace Tandem.DevIdentity;

// A class rather than top-level statements, and not static, so tests can name it in
// WebApplicationFactory<Tandem.DevIdentity.Program> beside other servers' entry points.
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        DevelopmentOnlyGuard.ThrowIfNotAllowed(builder.Environment, builder.Configuration);

        builder.AddServiceDefaults();

        builder.Services.AddDevIdentityStore();

        builder.Services.AddDevIdentityClients(builder.Configuration);

        builder.Services.AddDevIdentitySignIn();

        builder.Services.AddDevIdentityServer(builder.Configuration);

        var app = builder.Build();

        app.ValidateOptionsBeforeStart();

        app.UseAuthentication();

        app.MapServiceDefaults();
        app.MapConnectEndpoints();

        await app.RunAsync();
    }
}
