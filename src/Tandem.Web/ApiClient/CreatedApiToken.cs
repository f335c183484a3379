namespace Tandem.Web.ApiClient;

/// <summary>A token the API just created, with the secret it sends this once and never again.</summary>
public sealed record CreatedApiToken(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Secret);
