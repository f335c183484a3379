using System.Globalization;
using Tandem.Api.Workload;
using Tandem.Data.Database;

namespace Tandem.Api.Markdown;

/// <summary>
/// <c>dotnet run --project src/Tandem.Api -- refresh-excerpts</c>: migrates the configured database, rewrites
/// every post's excerpt with the current rules, prints how many changed, and exits without starting the server.
/// </summary>
internal static class RefreshExcerptsCommand
{
    public const string Name = "refresh-excerpts";

    public static async Task<int> RunAsync(string[] args)
    {
        using var host = ApiCommandHost.Build(args);

        await host.Services.MigrateTandemDatabaseAsync();
        var changed = await ExcerptRefresher.RefreshAsync(host.Services, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Refreshed the excerpts of {changed} posts."));
        return 0;
    }
}
