using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Database;
using Tandem.Data.Users;
using Tandem.Testing;

namespace Tandem.Data.Tests;

public sealed class StorageTests
{
    [Fact]
    public async Task A_sqlite_database_is_switched_to_write_ahead_logging_so_both_servers_can_share_it()
    {
        var folder = Directory.CreateTempSubdirectory("tandem-wal-").FullName;
        try
        {
            var file = Path.Combine(folder, "wal.db");
            await using (var services = TestDatabaseServices.ForSqlite(file))
            {
                await services.MigrateTandemDatabaseAsync();
            }

            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", await pragma.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_login_with_the_same_provider_and_subject_is_refused_as_a_unique_violation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = TestDatabaseServices.For(database);
        await services.MigrateTandemDatabaseAsync();

        await AddUserAsync(services, "first", "sub-twin");
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => AddUserAsync(services, "second", "sub-twin"));

        Assert.True(refused.IsUniqueViolation());
    }

    [Fact]
    public async Task Any_other_failed_save_is_not_mistaken_for_a_unique_violation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = TestDatabaseServices.For(database);
        await services.MigrateTandemDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        // A login whose user does not exist breaks the foreign key, not a unique index.
        db.ExternalLogins.Add(new ExternalLogin { UserId = Guid.NewGuid(), Provider = "dev", Subject = "orphan" });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(refused.IsUniqueViolation());
    }

    private static async Task AddUserAsync(ServiceProvider services, string handle, string subject)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        db.Users.Add(new User
        {
            Id = Guid.CreateVersion7(),
            DisplayName = handle,
            Handle = handle,
            Logins = [new ExternalLogin { Provider = "dev", Subject = subject }],
        });
        await db.SaveChangesAsync();
    }
}
