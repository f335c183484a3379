using System.Security.Claims;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>
/// The signed-in user a handler acts for, read from the validated token: a handler takes it as a parameter
/// on a group that has <see cref="CurrentUserEndpoints.RequireCurrentUser"/>.
/// </summary>
/// <param name="Id">The user (the token's <c>sub</c>).</param>
/// <param name="SessionId">The session the token belongs to; null for an API token.</param>
internal sealed record CurrentUser(Guid Id, string? SessionId)
{
    public static CurrentUser? Of(ClaimsPrincipal principal) =>
        principal.TryGetUserId(out var id)
            ? new CurrentUser(id, principal.FindFirstValue(TandemTokenDefaults.SessionIdClaim))
            : null;

    /// <summary>
    /// Called by minimal APIs to bind the parameter. Null never reaches a handler: the group's filter has
    /// answered 401 already, before binding failures are turned into a 400.
    /// </summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(Of(context.User));
}
