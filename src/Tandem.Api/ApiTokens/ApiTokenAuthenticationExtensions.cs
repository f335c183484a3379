using Microsoft.AspNetCore.Authentication;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.ApiTokens;

internal static class ApiTokenAuthenticationExtensions
{
    /// <summary>
    /// Accepts API tokens beside session JWTs: a policy scheme becomes the default and forwards each request
    /// to the API token handler or to JwtBearer (see <see cref="BearerSchemeSelector"/>).
    /// </summary>
    public static IServiceCollection AddApiTokenAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(ApiTokenDefaults.SelectorScheme, "Session JWT or API token", options =>
                options.ForwardDefaultSelector = BearerSchemeSelector.Select)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
                ApiTokenDefaults.AuthenticationScheme, configureOptions: null);

        // Post-configured so that it wins over the JwtBearer default however the calls in Program.cs are ordered.
        services.PostConfigure<AuthenticationOptions>(options =>
            options.DefaultScheme = ApiTokenDefaults.SelectorScheme);

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiTokenDefaults.SessionOnlyPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(TandemTokenDefaults.SessionIdClaim));

        return services;
    }
}
