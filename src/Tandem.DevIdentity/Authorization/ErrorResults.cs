using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Server.AspNetCore;

namespace Tandem.DevIdentity.Authorization;

/// <summary>How the endpoints say no: through OpenIddict to the client, or as a page to a person.</summary>
internal static class ErrorResults
{
    private const string Server = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>An OAuth error that OpenIddict returns to the client in the protocol's own format.</summary>
    public static IResult Forbid(string error, string description) =>
        Results.Forbid(Properties(error, description), [Server]);

    /// <summary>A bearer-token error (RFC 6750, section 3), sent with a WWW-Authenticate header.</summary>
    public static IResult Challenge(string error, string description) =>
        Results.Challenge(Properties(error, description), [Server]);

    /// <summary>A page for a person whose browser brought a request that failed validation.</summary>
    public static RazorComponentResult Page(string error, string? description) =>
        new RazorComponentResult<AuthorizationErrorPage>(new Dictionary<string, object?>
        {
            [nameof(AuthorizationErrorPage.Error)] = error,
            [nameof(AuthorizationErrorPage.Description)] = description,
        })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };

    private static AuthenticationProperties Properties(string error, string description) =>
        new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
