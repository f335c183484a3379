using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tandem.Data.Database;

// `dotnet ef migrations add --context PostgresTandemDbContext` builds the model through this factory;
// the connection string is never opened.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTandemDbContext>
{
    public PostgresTandemDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTandemDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
