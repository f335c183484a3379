using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.Data.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TandemDbContext"/> on the provider that configuration names, pooled, with
    /// no change tracking unless a query asks for it.
    /// </summary>
    public static IServiceCollection AddTandemDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but no connection string is set. Set ConnectionStrings:Tandem " +
                "(for example 'Host=127.0.0.1;Database=tandem;Username=tandem;Password=…'), or remove " +
                "Database:Provider to use the embedded SQLite file.");
        }

        options.ConnectionString ??= DatabaseOptions.DefaultSqliteConnectionString();
        services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<TandemDbContext, PostgresTandemDbContext>(db => db
                .UseNpgsql(options.ConnectionString)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        }
        else
        {
            services.AddDbContextPool<TandemDbContext, SqliteTandemDbContext>(db => db
                .UseSqlite(options.ConnectionString)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        }

        return services;
    }
}
