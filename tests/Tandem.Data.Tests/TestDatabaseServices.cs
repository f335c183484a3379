using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Database;
using Tandem.Testing;

namespace Tandem.Data.Tests;

/// <summary>The database services a server registers, pointed at a test database.</summary>
internal static class TestDatabaseServices
{
    public static ServiceProvider For(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        return new ServiceCollection().AddTandemDatabase(configuration).BuildServiceProvider();
    }

    public static ServiceProvider ForSqlite(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tandem"] = $"Data Source={file}" })
            .Build();
        return new ServiceCollection().AddTandemDatabase(configuration).BuildServiceProvider();
    }
}
