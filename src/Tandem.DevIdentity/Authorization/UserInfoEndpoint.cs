using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

/// <summary>
/// /connect/userinfo: the person's claims, read from the access token. OpenIddict's built-in answer leaves
/// out name and email_verified, so this endpoint writes its own.
/// </summary>
internal static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal || principal.GetClaim(Claims.Subject) is not { } subject)
        {
            return ErrorResults.Challenge(Errors.InvalidToken, "The access token is not valid here.");
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = subject };

        if (principal.HasScope(Scopes.Profile) && principal.GetClaim(Claims.Name) is { } name)
        {
            claims[Claims.Name] = name;
        }

        if (principal.HasScope(Scopes.Email) && principal.GetClaim(Claims.Email) is { } email)
        {
            claims[Claims.Email] = email;
            var verified = principal.GetClaim(Claims.EmailVerified);
            claims[Claims.EmailVerified] = bool.TryParse(verified, out var isVerified) && isVerified;
        }

        return Results.Ok(claims);
    }
}
