using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tandem.Data.Database;

/// <summary>The shared database on SQLite, the default that needs nothing installed.</summary>
public sealed class SqliteTandemDbContext(DbContextOptions<SqliteTandemDbContext> options) : TandemDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no timestamp type, and EF cannot compare or order DateTimeOffset values stored as
        // text. Stored as a 64-bit number instead, every timestamp (always UTC here) sorts and compares in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
