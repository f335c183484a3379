namespace Tandem.Data.Users;

/// <summary>
/// Links a user to the subject identifier that one sign-in provider knows them by.
/// The pair (Provider, Subject) is unique, which is what keeps concurrent first sign-ins
/// of the same person from creating two users.
/// </summary>
public sealed class ExternalLogin
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    /// <summary>The provider's registration name in Tandem, for example "google" or "dev".</summary>
    public required string Provider { get; set; }

    /// <summary>The provider's stable identifier for the person (the OIDC "sub" claim).</summary>
    public required string Subject { get; set; }

    /// <summary>The e-mail address this provider gave for the person at the last sign-in.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// True only when this provider asserted it verified <see cref="Email"/>; accounts are joined by e-mail only
    /// when both sides say so.
    /// </summary>
    public bool EmailVerified { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }
}
