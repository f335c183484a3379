using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tandem.Data.Database;
using Tandem.Web.Sessions;
using Tandem.Web.Tokens;

namespace Tandem.Bench.Micro;

/// <summary>The web server's services that mint session tokens, wired as the server wires them.</summary>
internal static class WebServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(configuration);
        services.AddTandemDatabase(configuration);
        services.AddTandemSessions(configuration, publicOriginIsHttps: false);
        services.AddSessionTokens(configuration);
        return services.BuildServiceProvider();
    }
}
