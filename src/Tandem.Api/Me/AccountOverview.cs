using Tandem.Api.Posts;

namespace Tandem.Api.Me;

/// <summary>Everything the web server's account page shows, so that the page needs one call.</summary>
internal sealed record AccountOverview(
    MeResponse User,
    IReadOnlyList<PostSummary> RecentPosts,
    IReadOnlyList<SessionInfo> Sessions);
