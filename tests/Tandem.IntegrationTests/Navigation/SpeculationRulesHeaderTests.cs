using System.Net;

namespace Tandem.IntegrationTests.Navigation;

/// <summary>The speculation rules are named on HTML pages, where a browser reads them, and nowhere else.</summary>
public sealed class SpeculationRulesHeaderTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    private const string Header = "Speculation-Rules";

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/no-such-page")]
    public async Task Html_pages_name_the_rules(string path)
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("\"/speculation-rules.json\"", Assert.Single(response.Headers.GetValues(Header)));
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.atom")]
    [InlineData("/speculation-rules.json")]
    [InlineData("/.well-known/jwks.json")]
    [InlineData("/health")]
    public async Task Other_responses_do_not(string path)
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains(Header), $"{path} sent {Header}.");
    }
}
