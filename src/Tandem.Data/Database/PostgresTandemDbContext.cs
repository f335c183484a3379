using Microsoft.EntityFrameworkCore;

namespace Tandem.Data.Database;

/// <summary>The shared database on PostgreSQL, for when one machine is not enough.</summary>
public sealed class PostgresTandemDbContext(DbContextOptions<PostgresTandemDbContext> options)
    : TandemDbContext(options);
