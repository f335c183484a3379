using System.Globalization;
using Tandem.Api.Markdown;
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
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,

            // The server's appsettings.json, wherever the command is run from.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // EF Core logs every command at Information; tens of thousands of inserts would drown the result.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddTandemDatabase(builder.Configuration);
        builder.Services.AddSingleton<MarkdownRenderer>();

        using var host = builder.Build();

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
