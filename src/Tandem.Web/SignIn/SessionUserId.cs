using System.Security.Claims;
using Tandem.Web.Sessions;

namespace Tandem.Web.SignIn;

/// <summary>Reads the user id that the session cookie's principal carries.</summary>
internal static class SessionUserId
{
    /// <summary>The signed-in user's id, or null for an anonymous visitor or a malformed cookie.</summary>
    public static Guid? Of(ClaimsPrincipal principal) =>
        Guid.TryParseExact(principal.FindFirstValue(SessionClaims.UserId), "D", out var userId) ? userId : null;
}
