using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

/// <summary>Turns the signed-in person into the identity OpenIddict issues the code and tokens for.</summary>
internal static class OidcIdentity
{
    public static ClaimsIdentity For(SignIn.DevPerson person, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(
            TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Name, person.Name)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.EmailVerified, person.EmailVerified)
            .SetClaim(Claims.AuthenticationTime, person.AuthenticatedAt.ToUnixTimeSeconds());

        identity.SetScopes(scopes);

        var profile = scopes.Contains(Scopes.Profile);
        var email = scopes.Contains(Scopes.Email);
        identity.SetDestinations(claim => DestinationsOf(claim.Type, profile, email));

        return identity;
    }

    // Claims go only where their scope was granted (OpenID Connect Core 1.0, section 5.4). The access
    // token carries them too, because userinfo answers from it: no person is stored to look up.
    private static string[] DestinationsOf(string type, bool profile, bool email) => type switch
    {
        Claims.Subject => BothTokens,
        Claims.Name when profile => BothTokens,
        Claims.Email or Claims.EmailVerified when email => BothTokens,
        // Required in the ID token when max_age was sent (section 2); harmless otherwise.
        Claims.AuthenticationTime => [Destinations.IdentityToken],
        _ => [],
    };

    private static readonly string[] BothTokens = [Destinations.AccessToken, Destinations.IdentityToken];
}
