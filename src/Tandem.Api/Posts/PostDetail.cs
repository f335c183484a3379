namespace Tandem.Api.Posts;

/// <summary>One whole post: the Markdown its author wrote and the sanitized HTML pages show.</summary>
internal sealed record PostDetail(
    long Id,
    string Title,
    string Slug,
    string Body,
    string BodyHtml,
    string Excerpt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    AuthorSummary Author);
