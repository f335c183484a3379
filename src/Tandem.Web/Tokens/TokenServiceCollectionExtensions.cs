using Microsoft.Extensions.Options;

namespace Tandem.Web.Tokens;

internal static class TokenServiceCollectionExtensions
{
    public static IServiceCollection AddSessionTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<SigningKeyOptions>()
            .Bind(configuration.GetSection(SigningKeyOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningKeyOptions>, SigningKeyOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyRotation>();
        services.AddSingleton<SigningKeyStore>();
        services.AddHostedService<SigningKeyRotationService>();
        services.AddScoped<SessionTokenIssuer>();

        return services;
    }

    /// <summary>
    /// Makes sure a signing key exists before the first request, so that its public half is in the
    /// database, and in every API's key cache, well before the first token it signs.
    /// </summary>
    public static async Task EnsureSigningKeyAsync(this IServiceProvider services) =>
        await services.GetRequiredService<SigningKeyStore>().GetCurrentAsync(CancellationToken.None);
}
