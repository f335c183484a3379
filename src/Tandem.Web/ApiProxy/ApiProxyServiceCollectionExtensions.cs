namespace Tandem.Web.ApiProxy;

internal static class ApiProxyServiceCollectionExtensions
{
    /// <summary>
    /// The same-origin route to the API. Its one destination is <see cref="ApiClient.ApiOptions.BaseUrl"/>,
    /// bound and validated by AddTandemApiClient, so pages and browser scripts reach the same server.
    /// </summary>
    public static IServiceCollection AddApiProxy(this IServiceCollection services)
    {
        services.AddHttpForwarder();
        services.AddSingleton<ApiProxyDestination>();
        services.AddTransient<IStartupFilter, ApiRequestTargetGuard>();

        return services;
    }
}
