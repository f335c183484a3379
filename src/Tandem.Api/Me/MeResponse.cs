namespace Tandem.Api.Me;

/// <summary>The signed-in user: who they are and how many posts they have written.</summary>
internal sealed record MeResponse(
    Guid Id,
    string DisplayName,
    string Handle,
    string? Email,
    bool EmailVerified,
    string? AvatarUrl,
    int PostCount);
