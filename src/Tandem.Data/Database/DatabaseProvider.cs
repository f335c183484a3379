namespace Tandem.Data.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
