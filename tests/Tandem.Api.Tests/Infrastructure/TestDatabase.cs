using Tandem.Data.Database;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>A fresh, empty database that one API server under test owns and that is removed afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>
    /// The environment variable holding a PostgreSQL admin connection string, as scripts/postgres-start.sh
    /// prints it. Unset, the PostgreSQL rows of every theory are simply not generated.
    /// </summary>
    public const string PostgresVariable = "TANDEM_TEST_POSTGRES";

    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>SQLite always; PostgreSQL too when <see cref="PostgresVariable"/> is set.</summary>
    public static IEnumerable<DatabaseProvider> Available()
    {
        yield return DatabaseProvider.Sqlite;

        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            yield return DatabaseProvider.Postgres;
        }
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateAsync(
            Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"Set {PostgresVariable} to run the PostgreSQL tests.")),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public abstract ValueTask DisposeAsync();
}
