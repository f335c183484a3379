namespace Tandem.Data.Users;

/// <summary>A person who has signed in at least once, through any provider.</summary>
public sealed class User
{
    public Guid Id { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Unique, URL-safe name used in author links.</summary>
    public required string Handle { get; set; }

    public string? Email { get; set; }

    /// <summary>True only when the provider asserted that it verified <see cref="Email"/>.</summary>
    public bool EmailVerified { get; set; }

    public string? AvatarUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ExternalLogin> Logins { get; set; } = [];
}
