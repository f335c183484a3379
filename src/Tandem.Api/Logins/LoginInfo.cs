namespace Tandem.Api.Logins;

/// <summary>One provider login of the user, with the e-mail address that provider gave at its last use.</summary>
internal sealed record LoginInfo(
    long Id,
    string Provider,
    string? Email,
    bool EmailVerified,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt);
