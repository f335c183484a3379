namespace Tandem.Web.ApiClient;

/// <summary>A post as listings show it: no body, just the excerpt.</summary>
public sealed record PostSummary(
    long Id, string Title, string Slug, string Excerpt, DateTimeOffset CreatedAt, AuthorSummary Author);
