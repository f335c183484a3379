namespace Tandem.Web.Sessions;

/// <summary>The columns of a session row that a page view needs: liveness and the session's current JWT.</summary>
internal sealed record SessionRow(
    Guid UserId,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset LastSeenAt,
    string? AccessToken,
    DateTimeOffset? AccessTokenExpiresAt);
