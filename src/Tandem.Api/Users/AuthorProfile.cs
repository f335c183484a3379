namespace Tandem.Api.Users;

/// <summary>A user as their author page shows them.</summary>
internal sealed record AuthorProfile(
    Guid Id, string Handle, string DisplayName, string? AvatarUrl, int PostCount);
