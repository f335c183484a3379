namespace Tandem.Web.ApiClient;

/// <summary>One of the user's live sessions; <see cref="Id"/> is a fingerprint, never the session id itself.</summary>
public sealed record SessionInfo(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset ExpiresAt,
    string? UserAgent,
    string? IpAddress,
    string Provider,
    bool Current);
