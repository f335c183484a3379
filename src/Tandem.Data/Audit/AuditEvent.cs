using Tandem.Data.Users;

namespace Tandem.Data.Audit;

/// <summary>
/// One security-relevant thing that happened to an account: a sign-in, a failure, a link, a revocation, a
/// token created or revoked. The owner can read their own; they go when the account goes.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    /// <summary>Empty for failures that could not be tied to an account.</summary>
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>One of <see cref="AuditEventKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The sign-in provider involved, when there is one.</summary>
    public string? Provider { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    /// <summary>A short, secret-free description, such as a token's name or a failure's reason code.</summary>
    public string? Detail { get; set; }
}
