using Tandem.Data.Users;

namespace Tandem.Data.Sessions;

/// <summary>
/// One signed-in browser. The web server's cookie names it; the API accepts a JWT only while the
/// session it carries in its <c>sid</c> claim is live here.
/// </summary>
public sealed class Session
{
    /// <summary>Random, unguessable identifier; it is the <c>sid</c> claim of every JWT minted for it.</summary>
    public required string Id { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Absolute end of the session, whatever its activity.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? UserAgent { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>The provider the session was signed in with.</summary>
    public required string Provider { get; set; }

    /// <summary>The current short-lived JWT, so that every web instance can reuse it until it nears expiry.</summary>
    public string? AccessToken { get; set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
