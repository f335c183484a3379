namespace Tandem.Api.Posts;

/// <summary>Who wrote a post, as much as a listing shows.</summary>
internal sealed record AuthorSummary(Guid Id, string Handle, string DisplayName);
