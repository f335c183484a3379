using Microsoft.Extensions.Options;

namespace Tandem.Web.ApiClient;

internal static class ApiClientServiceCollectionExtensions
{
    public static IServiceCollection AddTandemApiClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<TandemApiClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<ApiOptions>>().Value;
            http.BaseAddress = options.BaseUrl;
            http.Timeout = options.Timeout;
        })
        // One long-lived pool of keep-alive connections to the API. The factory's default rotates its
        // handler every two minutes, and each new handler starts from cold connections; a pooled
        // connection's own lifetime still lets a DNS change be seen. Cookies are off: the container would
        // be shared by every reader's calls, and the API sets none.
        .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

        // The factory's own loggers open a scope and check levels twice on every call, which showed in the
        // home page's profile; what matters, a failed call, TandemApiClient logs itself.
        .RemoveAllLoggers()
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        });

        return services;
    }
}
