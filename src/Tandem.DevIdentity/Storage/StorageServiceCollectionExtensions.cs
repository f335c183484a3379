using Microsoft.EntityFrameworkCore;

namespace Tandem.DevIdentity.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds OpenIddict's core services over an in-memory SQLite database. State vanishes on restart, which
    /// a dev provider can afford: clients are registered again from configuration, and people sign in again.
    /// </summary>
    public static IServiceCollection AddDevIdentityStore(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryDatabase>();

        services.AddDbContext<DevIdentityDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<InMemoryDatabase>().ConnectionString)
            .UseOpenIddict());

        // Registered before the client registrar (see Program), and hosted services start in order.
        services.AddHostedService<InMemoryDatabaseInitializer>();

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>());

        return services;
    }
}
