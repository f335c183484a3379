using Tandem.Data.Users;

namespace Tandem.Data.ApiTokens;

/// <summary>
/// A long-lived, named credential a person creates for scripts that call the API directly. The secret is
/// shown once at creation; only its SHA-256 hash is stored, so a copy of the database cannot be replayed.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    /// <summary>The owner's label for it, such as "backup script".</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the whole secret, as lowercase hex.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The first characters of the secret, so the owner can tell tokens apart in a list.</summary>
    public required string SecretPrefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
