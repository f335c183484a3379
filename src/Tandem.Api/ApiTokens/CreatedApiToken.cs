namespace Tandem.Api.ApiTokens;

/// <summary>A token just created, with its <see cref="Secret"/>: the only time the secret is ever sent.</summary>
internal sealed record CreatedApiToken(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Secret);
