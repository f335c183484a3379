using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>
/// A state-changing call through /api needs the custom header and no browser metadata naming another
/// site; the session cookie alone never suffices.
/// </summary>
[Collection(SharedApiProxySystem.Name)]
public sealed class ApiProxyAntiForgeryTests(ApiProxySystem stack)
{
    [Fact]
    public async Task A_post_without_the_custom_header_is_refused_with_403_and_never_reaches_the_API()
    {
        using var browser = await SignedInBrowserAsync();
        var probe = Guid.NewGuid().ToString("N");

        using var request = Preview(probe);
        using var response = await browser.SendAsync(request);

        var detail = await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("X-Tandem-Request", detail, StringComparison.Ordinal);
        Assert.False(stack.ApiRequests.Reached(probe));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Site")]
    [InlineData("Sec-Fetch-Site", "same-site", "Sec-Fetch-Site")]
    [InlineData("Origin", "http://evil.example", "Origin")]
    [InlineData("Origin", "null", "Origin")]
    public async Task A_post_whose_browser_metadata_names_another_site_is_refused_with_403(
        string header, string value, string named)
    {
        using var browser = await SignedInBrowserAsync();
        var probe = Guid.NewGuid().ToString("N");

        using var request = Preview(probe);
        request.Headers.Add("X-Tandem-Request", "1");
        request.Headers.Add(header, value);
        using var response = await browser.SendAsync(request);

        var detail = await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.False(stack.ApiRequests.Reached(probe));
    }

    [Fact]
    public async Task A_same_origin_post_with_the_custom_header_gets_the_rendered_preview()
    {
        using var browser = await SignedInBrowserAsync();
        var probe = Guid.NewGuid().ToString("N");

        using var request = Preview(probe);
        request.Headers.Add("X-Tandem-Request", "1");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", stack.Web.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var html = json.RootElement.GetProperty("html").GetString();
        Assert.Contains("<em>proxied</em>", html, StringComparison.Ordinal);
        Assert.True(stack.ApiRequests.Reached(probe));
    }

    private async Task<TestBrowser> SignedInBrowserAsync()
    {
        var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        return browser;
    }

    private static HttpRequestMessage Preview(string probe) =>
        new(HttpMethod.Post, "/api/posts/preview?probe=" + probe)
        {
            Content = JsonContent.Create(new { body = "Words, *proxied*." }),
        };
}
