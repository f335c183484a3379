using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

/// <summary>/connect/token: exchanges an authorization code for an ID token and an access token.</summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, ILogger<AuthorizationLog> logger)
    {
        // By now OpenIddict has checked the client secret, the code, its redirect_uri and the PKCE verifier,
        // and the code flow is the only grant it accepts.
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict passed through a request it did not extract.");

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return ErrorResults.Forbid(Errors.InvalidGrant, "The authorization code is no longer valid.");
        }

        // The code already holds everything about the person; there is no account to look up again.
        var subject = principal.GetClaim(Claims.Subject);
        AuthorizationLog.TokensIssued(logger, subject, request.ClientId);

        return Results.SignIn(
            principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
