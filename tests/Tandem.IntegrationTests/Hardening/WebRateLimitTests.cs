using System.Net;

namespace Tandem.IntegrationTests.Hardening;

public sealed class WebRateLimitTests(SmallLimitsSystem stack) : IClassFixture<SmallLimitsSystem>
{
    [Fact]
    public async Task Requests_beyond_the_pages_limit_get_429_with_retry_after_and_a_page_then_recover()
    {
        using var browser = stack.NewBrowser();

        using var refused = await Burst.UntilRefusedAsync(
            () => browser.GetAsync("/speculation-rules.json"), SmallLimitsSystem.PagesLimit);

        Assert.Equal(TimeSpan.FromSeconds(2), Burst.RetryAfter(refused));
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        WebSecurityHeaderTests.AssertSecurityHeaders(refused);

        await Burst.WaitOutAsync(refused);
        using var recovered = await browser.GetAsync("/speculation-rules.json");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/signin/dev")]
    [InlineData("GET", "/signin/callback/dev?state=forged&code=forged")]
    [InlineData("POST", "/signin/callback/dev")]
    public async Task Sign_in_requests_beyond_their_limit_get_429_with_a_page_then_recover(string method, string path)
    {
        using var browser = stack.NewBrowser();
        Func<Task<HttpResponseMessage>> send = () => browser.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method == "POST" ? new FormUrlEncodedContent([]) : null,
            });

        using var refused = await Burst.UntilRefusedAsync(send, SmallLimitsSystem.SignInLimit);

        Assert.Equal(TimeSpan.FromSeconds(2), Burst.RetryAfter(refused));
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Burst.WaitOutAsync(refused);
        using var recovered = await send();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, recovered.StatusCode);
    }

    [Fact]
    public async Task A_spoofed_forwarded_for_header_does_not_start_a_fresh_limit()
    {
        using var browser = stack.NewBrowser();
        var next = 0;

        using var refused = await Burst.UntilRefusedAsync(
            () =>
            {
                next++;
                var request = new HttpRequestMessage(HttpMethod.Get, "/speculation-rules.json");
                request.Headers.Add("X-Forwarded-For", $"198.51.100.{next}");
                return browser.SendAsync(request);
            },
            SmallLimitsSystem.PagesLimit);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
