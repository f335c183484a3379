using System.Net;

namespace Tandem.IntegrationTests.Hardening;

public sealed class WebServerExemptionTests(TinyApiAddressLimitSystem stack) : IClassFixture<TinyApiAddressLimitSystem>
{
    [Fact]
    public async Task Pages_rendered_for_anonymous_visitors_are_not_held_to_the_api_limit_per_address()
    {
        using var browser = stack.NewBrowser();

        // Each home page is one anonymous API call from the web server; three times the API's limit.
        for (var i = 0; i < TinyApiAddressLimitSystem.PerAddressLimit * 3; i++)
        {
            using var home = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
    }
}
