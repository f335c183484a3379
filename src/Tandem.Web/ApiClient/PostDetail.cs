namespace Tandem.Web.ApiClient;

/// <summary>A whole post: its Markdown for the editor and its sanitized HTML for readers.</summary>
public sealed record PostDetail(
    long Id,
    string Title,
    string Slug,
    string Body,
    string BodyHtml,
    string Excerpt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    AuthorSummary Author);
