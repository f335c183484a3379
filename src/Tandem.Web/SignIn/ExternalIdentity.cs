using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.Web.SignIn;

/// <summary>Who a sign-in provider says the person is: only what Tandem stores, nothing more.</summary>
internal sealed record ExternalIdentity(
    string Provider,
    string Subject,
    string? DisplayName,
    string? Email,
    bool EmailVerified,
    string? AvatarUrl)
{
    /// <summary>
    /// Reads the merged principal that OpenIddict built from the ID token and the userinfo response.
    /// Social providers without OpenID Connect (GitHub, Facebook) arrive mapped to the same claim names
    /// or to the framework's ClaimTypes, so both are tried.
    /// </summary>
    public static ExternalIdentity? From(ClaimsPrincipal principal, string provider)
    {
        var subject = principal.GetClaim(Claims.Subject) ?? principal.GetClaim(ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var email = principal.GetClaim(Claims.Email) ?? principal.GetClaim(ClaimTypes.Email);
        var name = principal.GetClaim(Claims.Name) ?? principal.GetClaim(ClaimTypes.Name)
            ?? principal.GetClaim(Claims.PreferredUsername);

        return new ExternalIdentity(
            provider,
            subject,
            name,
            email,
            EmailVerified: email is not null && IsTrue(principal.GetClaim(Claims.EmailVerified)),
            AvatarUrl: principal.GetClaim(Claims.Picture));
    }

    // Providers send email_verified as a JSON boolean or, against the spec, as the string "true".
    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
