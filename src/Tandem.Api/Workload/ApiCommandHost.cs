using Tandem.Api.Markdown;
using Tandem.Data.Database;

namespace Tandem.Api.Workload;

/// <summary>The host a one-off command of the API runs in: the server's settings and database, no web server.</summary>
internal static class ApiCommandHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,

            // The server's appsettings.json, wherever the command is run from.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // EF Core logs every command at Information; tens of thousands of statements would drown the result.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddTandemDatabase(builder.Configuration);
        builder.Services.AddSingleton<MarkdownRenderer>();

        return builder.Build();
    }
}
