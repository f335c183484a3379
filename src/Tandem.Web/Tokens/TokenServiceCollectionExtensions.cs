namespace Tandem.Web.Tokens;

internal static class TokenServiceCollectionExtensions
{
    public static IServiceCollection AddSessionTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyStore>();
        services.AddScoped<SessionTokenIssuer>();

        return services;
    }
}
