namespace Tandem.Web.ApiClient;

/// <summary>The API's answer to "who am I?" for a session's JWT.</summary>
public sealed record CurrentUser(
    Guid Id,
    string DisplayName,
    string Handle,
    string? Email,
    bool EmailVerified,
    string? AvatarUrl,
    int PostCount);
