using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.OutputCaching;
using Tandem.Web.ApiClient;
using Tandem.Web.Caching;
using Tandem.Web.Components.Posts;

namespace Tandem.Web.Seo;

internal static class SitemapEndpoint
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// <c>/sitemap.xml</c> lists the home page and every post while they fit in one file (50,000 addresses);
    /// past that it becomes a sitemap index pointing at <c>/sitemaps/posts-N.xml</c>, one per 50,000 posts.
    /// </summary>
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext context, TandemApiClient api) =>
        {
            var first = await TryGetPageAsync(api, 1, context.RequestAborted);
            if (first is null)
            {
                return Unavailable();
            }

            var origin = XmlResponse.Origin(context);
            var pages = (int)Math.Ceiling(first.Total / (double)first.PageSize);
            var fitsOneFile = first.Total + 1 <= first.PageSize;

            return Xml(context, fitsOneFile
                ? xml => WriteUrlSet(xml, origin, first.Items, includeHome: true)
                : xml => WriteIndex(xml, origin, pages));
        }).CacheOutput(AnonymousPagePolicy.Name);

        app.MapGet("/sitemaps/posts-{page:int:min(1)}.xml", async (int page, HttpContext context, TandemApiClient api) =>
        {
            var entries = await TryGetPageAsync(api, page, context.RequestAborted);
            if (entries is null)
            {
                return Unavailable();
            }

            if (entries.Items.Count == 0)
            {
                return Results.NotFound();
            }

            var origin = XmlResponse.Origin(context);
            return Xml(context, xml => WriteUrlSet(xml, origin, entries.Items, includeHome: false));
        }).CacheOutput(AnonymousPagePolicy.Name);

        return app;
    }

    private static async Task<SitemapPage?> TryGetPageAsync(TandemApiClient api, int page, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetSitemapPageAsync(page, cancellationToken);
        }
        catch (ApiUnavailableException)
        {
            return null;
        }
    }

    private static IResult Unavailable() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The sitemap is unavailable");

    private static IResult Xml(HttpContext context, Action<XmlWriter> write) =>
        XmlResponse.Create(context, "application/xml", TimeSpan.FromHours(1), write);

    private static void WriteUrlSet(XmlWriter xml, string origin, IReadOnlyList<SitemapEntry> posts, bool includeHome)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", SitemapNamespace);

        if (includeHome)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, origin + "/");
            xml.WriteEndElement();
        }

        foreach (var post in posts)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, origin + PostLinks.Canonical(post.Id, post.Slug));
            xml.WriteElementString("lastmod", SitemapNamespace, XmlResponse.Timestamp(post.UpdatedAt));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteIndex(XmlWriter xml, string origin, int pages)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("sitemapindex", SitemapNamespace);

        for (var page = 1; page <= pages; page++)
        {
            xml.WriteStartElement("sitemap", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, string.Create(CultureInfo.InvariantCulture, $"{origin}/sitemaps/posts-{page}.xml"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
