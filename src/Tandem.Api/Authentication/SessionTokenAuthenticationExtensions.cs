using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Tandem.Api.Authentication;

internal static class SessionTokenAuthenticationExtensions
{
    /// <summary>
    /// Accepts the short-lived ES256 session JWTs the web server mints, checked against the signing keys and
    /// sessions of the shared database.
    /// </summary>
    public static IServiceCollection AddSessionTokenAuthentication(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<SessionTimeoutOptions>()
            .Bind(configuration.GetSection(SessionTimeoutOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyCache>();
        services.AddHostedService<SigningKeyRefreshService>();
        services.AddScoped<LiveSessionCheck>();
        services.AddScoped<SessionTokenEvents>();

        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureSessionTokenValidation>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();

        return services;
    }
}
