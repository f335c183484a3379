namespace Tandem.Api.Posts;

/// <summary>
/// One page of posts, newest first. <see cref="NextBefore"/> is the <c>before</c> value of the next page, or
/// null when this page is the last.
/// </summary>
internal sealed record PostList(IReadOnlyList<PostSummary> Items, long? NextBefore);
