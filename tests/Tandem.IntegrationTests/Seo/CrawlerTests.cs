using System.Net;
using System.Xml.Linq;
using Tandem.IntegrationTests.Publishing;
using Tandem.Testing;

namespace Tandem.IntegrationTests.Seo;

/// <summary>What a search engine reads besides the pages: robots.txt, the sitemap and the feed.</summary>
public sealed class CrawlerTests(SmallSitemapSystem stack) : IClassFixture<SmallSitemapSystem>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Robots_txt_allows_the_site_keeps_personal_pages_out_and_names_the_sitemap()
    {
        using var browser = stack.NewBrowser();

        using var robots = await browser.GetAsync("/robots.txt");

        var text = await robots.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, robots.StatusCode);
        Assert.Contains("Disallow: /account", text, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {stack.Web.BaseAddress}sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_every_post_and_splits_into_an_index_when_one_file_would_be_too_long()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        var written = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            written.Add(await PostWriter.WriteAsync(browser, $"Sitemap post {i}", "Body."));
        }

        using var index = await browser.GetAsync("/sitemap.xml");
        var indexXml = XDocument.Parse(await index.Content.ReadAsStringAsync());
        Assert.Equal(Sitemap + "sitemapindex", indexXml.Root!.Name);
        var files = indexXml.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Equal(["/sitemaps/posts-1.xml", "/sitemaps/posts-2.xml"], files.Select(f => f.AbsolutePath));

        var listed = new List<string>();
        foreach (var file in files)
        {
            using var part = await browser.GetAsync(file);
            var urls = XDocument.Parse(await part.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url").ToList();
            Assert.InRange(urls.Count, 1, SmallSitemapSystem.PageSize);
            Assert.All(urls, url => Assert.NotNull(url.Element(Sitemap + "lastmod")));
            listed.AddRange(urls.Select(url => new Uri(url.Element(Sitemap + "loc")!.Value).AbsolutePath));
        }

        // Other tests in this class may have added posts; every post written here is listed once, in order.
        Assert.Equal(listed.Distinct(), listed);
        Assert.Equal(written, listed.Where(written.Contains));
        using var beyond = await browser.GetAsync("/sitemaps/posts-3.xml");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task The_atom_feed_carries_the_newest_posts_with_their_addresses()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique("Feed Writer"))).Dispose();
        var url = await PostWriter.WriteAsync(browser, "Fresh in the feed", "Read **me** first.");

        using var feed = await browser.GetAsync("/feed.atom");

        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        var entry = XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry").First();
        Assert.Equal("Fresh in the feed", entry.Element(Atom + "title")!.Value);
        Assert.Equal(url, new Uri(entry.Element(Atom + "link")!.Attribute("href")!.Value).AbsolutePath);
        Assert.Equal("Feed Writer", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Read me first.", entry.Element(Atom + "summary")!.Value);
    }
}
