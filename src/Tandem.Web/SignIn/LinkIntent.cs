using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.Web.SignIn;

/// <summary>
/// Marks a provider flow as "add this login to the signed-in user" rather than a sign-in. It travels in the
/// flow's authentication properties, which OpenIddict keeps inside its protected state token, so nobody can
/// write or alter it on the way; a query string could be edited by anyone.
/// </summary>
/// <param name="UserId">The user who started linking.</param>
/// <param name="SessionFingerprint">
/// A hash of the session that started it. Only a hash: the state token passes through the provider, and a
/// session id is as good as the cookie that carries it.
/// </param>
internal sealed record LinkIntent(Guid UserId, string SessionFingerprint)
{
    private const string UserKey = ".tandem_link_user";

    private const string SessionKey = ".tandem_link_session";

    public static LinkIntent For(Guid userId, string sessionId) => new(userId, Fingerprint(sessionId));

    /// <summary>The intent stored in a returning flow's properties, or null for an ordinary sign-in.</summary>
    public static LinkIntent? ReadFrom(AuthenticationProperties? properties)
    {
        if (properties is null
            || !properties.Items.TryGetValue(UserKey, out var user)
            || !properties.Items.TryGetValue(SessionKey, out var session)
            || !Guid.TryParseExact(user, "D", out var userId)
            || string.IsNullOrEmpty(session))
        {
            return null;
        }

        return new LinkIntent(userId, session);
    }

    public void WriteTo(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);

        properties.Items[UserKey] = UserId.ToString("D", CultureInfo.InvariantCulture);
        properties.Items[SessionKey] = SessionFingerprint;
    }

    /// <summary>True when <paramref name="sessionId"/> is the session that started linking.</summary>
    public bool StartedIn(string? sessionId) =>
        sessionId is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Fingerprint(sessionId)), Encoding.ASCII.GetBytes(SessionFingerprint));

    private static string Fingerprint(string sessionId) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
}
