namespace Tandem.Web.ApiClient;

public sealed record SitemapEntry(long Id, string Slug, DateTimeOffset UpdatedAt);
