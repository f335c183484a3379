namespace Tandem.Api.Sitemap;

/// <summary>One page of every post's address and last change, oldest first, for the web server's sitemap.</summary>
public sealed record SitemapPage(int Total, int PageSize, IReadOnlyList<SitemapEntry> Items);
