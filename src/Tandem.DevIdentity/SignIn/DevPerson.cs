using System.Globalization;
using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.SignIn;

/// <summary>Who is signed in at the provider. Nobody is stored: the person lives in the cookie.</summary>
internal sealed record DevPerson(
    string Subject, string Name, string Email, bool EmailVerified, DateTimeOffset AuthenticatedAt)
{
    public ClaimsPrincipal ToPrincipal()
    {
        var identity = new ClaimsIdentity(ProviderCookie.Scheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Subject)
            .SetClaim(Claims.Name, Name)
            .SetClaim(Claims.Email, Email)
            .SetClaim(Claims.EmailVerified, EmailVerified)
            .SetClaim(Claims.AuthenticationTime, AuthenticatedAt.ToUnixTimeSeconds());

        return new ClaimsPrincipal(identity);
    }

    /// <summary>Reads the cookie's principal; null when a claim is missing, as in an old cookie.</summary>
    public static DevPerson? From(ClaimsPrincipal principal)
    {
        var subject = principal.GetClaim(Claims.Subject);
        var name = principal.GetClaim(Claims.Name);
        var email = principal.GetClaim(Claims.Email);
        var verified = principal.GetClaim(Claims.EmailVerified);
        var authTime = principal.GetClaim(Claims.AuthenticationTime);
        if (subject is null || name is null || email is null
            || !bool.TryParse(verified, out var emailVerified)
            || !long.TryParse(authTime, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var authenticatedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return new DevPerson(subject, name, email, emailVerified, authenticatedAt);
    }
}
