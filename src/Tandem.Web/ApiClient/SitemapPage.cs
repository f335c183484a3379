namespace Tandem.Web.ApiClient;

public sealed record SitemapPage(int Total, int PageSize, IReadOnlyList<SitemapEntry> Items);
