namespace Tandem.Api.Posts;

/// <summary>A post as listings show it: no body, only its plain-text excerpt.</summary>
internal sealed record PostSummary(
    long Id,
    string Title,
    string Slug,
    string Excerpt,
    DateTimeOffset CreatedAt,
    AuthorSummary Author);
