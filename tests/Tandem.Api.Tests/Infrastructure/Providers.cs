using Tandem.Data.Database;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>Theory rows: one per database the tests can reach (PostgreSQL only when configured).</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new(TestDatabase.Available());
}
