using System.Globalization;
using Tandem.Data.Database;

namespace Tandem.Api.Workload;

/// <summary>
/// <c>dotnet run --project src/Tandem.Api -- seed-workload</c>: migrates the configured database, fills it with
/// the reference workload, prints how long that took, and exits without starting the server.
/// </summary>
internal static class SeedWorkloadCommand
{
    public const string Name = "seed-workload";

    /// <returns>The process exit code: 0 when seeded, 1 when the database was not empty.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        using var host = ApiCommandHost.Build(args);

        await host.Services.MigrateTandemDatabaseAsync();
        try
        {
            var result = await WorkloadSeeder.SeedAsync(host.Services, CancellationToken.None);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Seeded {result.Users} users and {result.Posts} posts " +
                $"in {result.Elapsed.TotalSeconds:F1} s."));
            return 0;
        }
        catch (WorkloadSeedRefusedException exception)
        {
            await Console.Error.WriteLineAsync($"seed-workload refused: {exception.Message}");
            return 1;
        }
    }
}
