using Microsoft.Extensions.Options;

namespace Tandem.DevIdentity.Clients;

internal static class ClientsServiceCollectionExtensions
{
    /// <summary>Binds <c>DevIdentity</c>, validates its clients at start-up and registers them.</summary>
    public static IServiceCollection AddDevIdentityClients(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DevIdentityOptions>()
            .Bind(configuration.GetSection(DevIdentityOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DevIdentityOptions>, ClientOptionsValidator>();

        services.AddHostedService<ClientRegistrar>();

        return services;
    }
}
