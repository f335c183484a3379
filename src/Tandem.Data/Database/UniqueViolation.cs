using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tandem.Data.Database;

public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// True when the save failed because another writer got there first with the same unique key.
    /// Callers use it to turn a lost race into "read what the winner wrote" instead of an error.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
