namespace Tandem.Api.Me;

/// <summary>
/// One of the user's live sessions. <see cref="Id"/> is the session's fingerprint, never the session id
/// itself: the id is what every token of the session carries, so showing it would help nobody but a thief.
/// </summary>
internal sealed record SessionInfo(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset ExpiresAt,
    string? UserAgent,
    string? IpAddress,
    string Provider,
    bool Current);
