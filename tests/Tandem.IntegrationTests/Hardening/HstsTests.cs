namespace Tandem.IntegrationTests.Hardening;

public sealed class HstsTests(HttpsOriginSystem stack) : IClassFixture<HttpsOriginSystem>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task A_site_whose_public_origin_is_https_sends_strict_transport_security(string path)
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal("max-age=31536000", WebSecurityHeaderTests.Single(response, "Strict-Transport-Security"));
        WebSecurityHeaderTests.AssertSecurityHeaders(response);
    }
}
