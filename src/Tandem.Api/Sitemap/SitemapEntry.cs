namespace Tandem.Api.Sitemap;

public sealed record SitemapEntry(long Id, string Slug, DateTimeOffset UpdatedAt);
