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
        });

        return services;
    }
}
