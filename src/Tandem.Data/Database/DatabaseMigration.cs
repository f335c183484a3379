using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.Data.Database;

public static class DatabaseMigration
{
    /// <summary>
    /// Brings the shared database up to the newest migration. Safe to run from both servers at once: one
    /// applies the migrations and the other, waiting on a lock, then finds nothing to do.
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

        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // On a fresh PostgreSQL database, EF Core's own migration lock does not stop two servers starting
        // together from both applying the same migration; a session advisory lock held around the whole
        // migration does. The key is an arbitrary constant that only Tandem's migrations take.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7342001)", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7342001)", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
