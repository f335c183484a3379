namespace Tandem.Data.Database;

/// <summary>
/// Where the shared database lives. Bound from the <c>Database</c> section; the connection string
/// comes from <c>ConnectionStrings:Tandem</c> when the section does not name one.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Tandem";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the server starts. Turn it off where migrations are applied by a
    /// deployment step instead (<c>dotnet run --project src/Tandem.Web -- migrate</c>).
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The embedded default: one SQLite file in the user's local data folder, shared by both servers.</summary>
    public static string DefaultSqliteConnectionString()
    {
        var folder = Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "Tandem");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "tandem.db")}";
    }
}
