using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>
/// The system with the web server accepting only its own loopback host name, as a deployment that names
/// its host in AllowedHosts does, and with the API recording every request that reaches it.
/// </summary>
public sealed class ApiProxySystem : TandemSystem
{
    public ApiRequestRecorder ApiRequests { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() =>
        new Dictionary<string, string?> { ["AllowedHosts"] = "127.0.0.1" };

    protected override void ConfigureApiServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter>(ApiRequests);
}
