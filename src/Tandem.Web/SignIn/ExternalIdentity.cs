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
        // FindFirstValue, not OpenIddict's GetClaim: the ID token and userinfo may each carry a claim, with
        // values that differ only in form, and GetClaim refuses a claim that appears twice with two values.
        var subject = principal.FindFirstValue(Claims.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var email = principal.FindFirstValue(Claims.Email) ?? principal.FindFirstValue(ClaimTypes.Email);
        var name = principal.FindFirstValue(Claims.Name) ?? principal.FindFirstValue(ClaimTypes.Name)
            ?? principal.FindFirstValue(Claims.PreferredUsername);

        return new ExternalIdentity(
            provider,
            subject,
            name,
            email,
            EmailVerified: email is not null && principal.FindAll(Claims.EmailVerified).Any(claim => IsTrue(claim.Value)),
            AvatarUrl: principal.FindFirstValue(Claims.Picture));
    }

    // The ID token and the userinfo response may both carry email_verified, as a JSON boolean (read back as
    // "true" or "True") or, against the spec, as a string; any one of them saying true is enough.
    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
