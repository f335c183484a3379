using Microsoft.Data.Sqlite;

namespace Tandem.DevIdentity.Storage;

/// <summary>
/// A named in-memory SQLite database that lives as long as this singleton. SQLite drops an in-memory
/// database when its last connection closes, so one connection is held open for the life of the process.
/// Each DbContext still opens its own connection, because one SqliteConnection must not serve concurrent
/// requests; the shared cache lets those connections see the same database.
/// </summary>
internal sealed class InMemoryDatabase : IDisposable
{
    private readonly SqliteConnection _keepAlive;

    public InMemoryDatabase()
    {
        // A fresh name per host, so two providers in one process (as in the tests) never share codes.
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "tandem-dev-identity-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();

        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public string ConnectionString { get; }

    public void Dispose() => _keepAlive.Dispose();
}
