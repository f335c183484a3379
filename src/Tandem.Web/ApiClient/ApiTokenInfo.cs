namespace Tandem.Web.ApiClient;

/// <summary>One of the user's API tokens as the API lists it: never its secret, only its first characters.</summary>
public sealed record ApiTokenInfo(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt);
