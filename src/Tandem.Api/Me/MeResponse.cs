using Tandem.Api.Posts;

namespace Tandem.Api.Me;

/// <summary>The signed-in user, as the web server's account page shows them.</summary>
internal sealed record MeResponse(
    Guid Id,
    string DisplayName,
    string Handle,
    string? Email,
    bool EmailVerified,
    string? AvatarUrl,
    int PostCount,
    IReadOnlyList<PostSummary> RecentPosts);
