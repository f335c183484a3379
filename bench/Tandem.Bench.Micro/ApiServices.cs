using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tandem.Api.Authentication;
using Tandem.Data.Database;

namespace Tandem.Bench.Micro;

/// <summary>The API's services that accept a session token, wired as the server wires them.</summary>
internal static class ApiServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(configuration);
        services.AddTandemDatabase(configuration);
        services.AddProblemDetails();
        services.AddSessionTokenAuthentication(configuration);
        return services.BuildServiceProvider();
    }
}
