using System.Net;

namespace Tandem.IntegrationTests.Hardening;

public sealed class TrustedProxyTests(TrustedProxySystem stack) : IClassFixture<TrustedProxySystem>
{
    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        using var browser = stack.NewBrowser();

        using var refused = await Burst.UntilRefusedAsync(
            () => GetAsForwarded(browser, "203.0.113.7"), TrustedProxySystem.PagesLimit);
        using var otherClient = await GetAsForwarded(browser, "203.0.113.8");
        using var sameClient = await GetAsForwarded(browser, "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsForwarded(TestBrowser browser, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/speculation-rules.json");
        request.Headers.Add("X-Forwarded-For", client);
        return browser.SendAsync(request);
    }
}
