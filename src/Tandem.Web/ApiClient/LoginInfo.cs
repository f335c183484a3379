namespace Tandem.Web.ApiClient;

/// <summary>One way the user can sign in: a provider login, with what that provider last said.</summary>
public sealed record LoginInfo(
    long Id,
    string Provider,
    string? Email,
    bool EmailVerified,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt);
