namespace Tandem.Web.ApiClient;

/// <summary>The account page's data in one API call: the user, their newest posts, their live sessions.</summary>
public sealed record AccountOverview(
    CurrentUser User,
    IReadOnlyList<PostSummary> RecentPosts,
    IReadOnlyList<SessionInfo> Sessions);
