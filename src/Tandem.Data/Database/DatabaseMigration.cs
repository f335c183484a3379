using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.Data.Database;

public static class DatabaseMigration
{
    /// <summary>
    /// Brings the shared database up to the newest migration. Safe to run from both servers at once:
    /// EF Core takes a database-wide migration lock, so one applies and the other finds nothing to do.
    /// </summary>
    public static async Task MigrateTandemDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while the web server writes; the setting is stored in the file itself.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
