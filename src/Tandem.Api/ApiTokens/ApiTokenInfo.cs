namespace Tandem.Api.ApiTokens;

/// <summary>
/// One of the user's tokens as the list shows it. Never the secret or its hash: <see cref="Prefix"/>, the
/// first characters of the secret, is enough for the owner to tell which token a script holds.
/// </summary>
internal sealed record ApiTokenInfo(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt);
