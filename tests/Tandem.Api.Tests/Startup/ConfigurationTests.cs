using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Startup;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Jwt:Issuer")]
    [InlineData("Jwt:Audience")]
    public async Task Refuses_to_start_with_an_empty_setting_and_names_it(string key)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            ApiServer.StartAsync(database, settings: new Dictionary<string, string?> { [key] = " " }));

        Assert.Contains(key, Flatten(failure), StringComparison.Ordinal);
    }

    private static string Flatten(Exception exception) =>
        exception.InnerException is null
            ? exception.Message
            : $"{exception.Message} {Flatten(exception.InnerException)}";
}
