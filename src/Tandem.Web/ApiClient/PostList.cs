namespace Tandem.Web.ApiClient;

/// <summary>One page of a newest-first listing; <see cref="NextBefore"/> asks for the page after it.</summary>
public sealed record PostList(IReadOnlyList<PostSummary> Items, long? NextBefore);
