using System.Security.Claims;

namespace Tandem.Web.Sessions;

/// <summary>The few claims the session cookie carries: which session, which user, what to call them.</summary>
internal static class SessionClaims
{
    public const string SessionId = "sid";

    public const string UserId = "sub";

    public const string DisplayName = "name";

    public static ClaimsPrincipal Create(string sessionId, Guid userId, string displayName) =>
        new(new ClaimsIdentity(
            [
                new Claim(SessionId, sessionId),
                new Claim(UserId, userId.ToString()),
                new Claim(DisplayName, displayName),
            ],
            SessionCookieDefaults.AuthenticationScheme,
            DisplayName,
            roleType: null));

    public static string? GetSessionId(this ClaimsPrincipal principal) => principal.FindFirstValue(SessionId);

    public static string? GetDisplayName(this ClaimsPrincipal principal) => principal.FindFirstValue(DisplayName);
}
