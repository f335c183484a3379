using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

internal static class AuthorizationServiceCollectionExtensions
{
    private const string IssuerKey = DevIdentityOptions.SectionName + ":" + nameof(DevIdentityOptions.Issuer);

    /// <summary>
    /// Adds the OpenIddict server: the authorization code flow with PKCE (S256) for confidential clients,
    /// the scopes openid, profile and email, and throwaway keys.
    /// </summary>
    public static IServiceCollection AddDevIdentityServer(
        this IServiceCollection services, IConfiguration configuration)
    {
        var issuer = ReadIssuer(configuration);

        services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris(ConnectEndpoints.AuthorizeUri)
                .SetTokenEndpointUris(ConnectEndpoints.TokenUri)
                .SetUserInfoEndpointUris(ConnectEndpoints.UserInfoUri)
                .SetEndSessionEndpointUris(ConnectEndpoints.EndSessionUri);

            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();

            // "plain" would send the verifier itself through the browser; only S256 keeps a stolen code
            // useless (RFC 7636, section 7.2).
            server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

            server.RegisterScopes(Scopes.Profile, Scopes.Email);
            server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.EmailVerified);

            // Keys live as long as the process: clients fetch the JWKS again, and every sign-in here is
            // made up anyway, so nothing worth keeping is lost on restart.
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();

            // A plain JWT, so Tandem's servers and tests can read the access token like any provider's.
            server.DisableAccessTokenEncryption();

            if (issuer is not null)
            {
                server.SetIssuer(issuer);
            }

            server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .EnableErrorPassthrough()
                // Plain HTTP on localhost. Allowed in every environment only because DevelopmentOnlyGuard
                // refuses to start outside Development unless DevIdentity:Enabled is set to true.
                .DisableTransportSecurityRequirement();
        });

        return services;
    }

    private static Uri? ReadIssuer(IConfiguration configuration)
    {
        var value = configuration[IssuerKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!HttpUrl.TryParse(value, out var issuer))
        {
            throw new InvalidOperationException(
                $"{IssuerKey} ('{value}') must be an absolute http(s) URL such as http://localhost:5082/, " +
                "or unset so the issuer follows the host of each request.");
        }

        return issuer;
    }
}
