namespace Tandem.Web.ApiClient;

public sealed record AuthorProfile(Guid Id, string Handle, string DisplayName, string? AvatarUrl, int PostCount);
