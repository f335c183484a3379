using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Tandem.DevIdentity.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

/// <summary>/connect/endsession: signs the person out here and returns them to the client.</summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, ILogger<AuthorizationLog> logger)
    {
        // An unregistered post_logout_redirect_uri arrives here through error pass-through.
        if (context.GetOpenIddictServerResponse() is { Error: { } error } response)
        {
            AuthorizationLog.RequestRejected(logger, error, response.ErrorDescription);
            return ErrorResults.Page(error, response.ErrorDescription);
        }

        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict passed through a request it did not extract.");

        // No confirmation step: the worst a forged sign-out link can do to a dev provider is make a
        // developer pick a test person again.
        var signedIn = await context.AuthenticateAsync(ProviderCookie.Scheme);
        await context.SignOutAsync(ProviderCookie.Scheme);
        if (signedIn.Principal?.GetClaim(Claims.Subject) is { } subject)
        {
            AuthorizationLog.SignedOut(logger, subject);
        }

        if (string.IsNullOrEmpty(request.PostLogoutRedirectUri))
        {
            return new RazorComponentResult<SignedOutPage>();
        }

        // OpenIddict has matched the URI against the client's PostLogoutRedirectUris and redirects there.
        return Results.SignOut(
            authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
