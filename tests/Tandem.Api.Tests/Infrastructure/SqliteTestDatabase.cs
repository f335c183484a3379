using Microsoft.Data.Sqlite;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>A real SQLite file in its own temporary folder, as the servers use by default.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder =
        Directory.CreateTempSubdirectory("tandem-api-tests-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={Path.Combine(_folder, "tandem.db")}";

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; they must close before the folder can go.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
