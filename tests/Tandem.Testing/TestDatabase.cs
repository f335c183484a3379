using Npgsql;
using Tandem.Data.Database;

namespace Tandem.Testing;

/// <summary>
/// A fresh, empty database for one test fixture: a SQLite file in a temp folder, or, when the
/// environment variable TANDEM_TEST_POSTGRES holds an admin connection string, a newly created
/// PostgreSQL database that is dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "TANDEM_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string _name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string name, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
        _postgresAdmin = postgresAdmin;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration both servers need to share this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Tandem"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "tandem_test_" + Guid.NewGuid().ToString("N")[..12];
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);

        if (string.IsNullOrWhiteSpace(admin))
        {
            var folder = Directory.CreateTempSubdirectory("tandem-test-").FullName;
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, name + ".db")}", folder, null);
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, name, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_name, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
