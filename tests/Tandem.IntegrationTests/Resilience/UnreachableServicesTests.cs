using System.Diagnostics;
using System.Net;
using Tandem.Testing;

namespace Tandem.IntegrationTests.Resilience;

public sealed class UnreachableServicesTests(UnreachableServicesSystem stack) : IClassFixture<UnreachableServicesSystem>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/posts/1")]
    [InlineData("/u/someone")]
    public async Task A_hung_API_gets_a_prompt_503_page_that_says_what_happened_and_offers_a_retry(string path)
    {
        using var browser = stack.NewBrowser();
        var clock = Stopwatch.StartNew();

        using var page = await browser.GetAsync(path);

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.InRange(clock.Elapsed, UnreachableServicesSystem.ApiTimeout, TimeSpan.FromSeconds(10));
        Assert.Contains("The site's data service is unavailable", html, StringComparison.Ordinal);
        Assert.Contains("did not answer in time", html, StringComparison.Ordinal);
        Assert.Contains(">Try again</a>", html, StringComparison.Ordinal);

        // The reader is told on the page; the operator is told in the log.
        Assert.Contains(stack.Logs.Lines, line => line.StartsWith(
            "Tandem.Web.ApiClient.TandemApiClient Warning: The API did not answer GET /", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_provider_that_cannot_be_reached_lands_on_a_page_that_says_so()
    {
        using var browser = stack.NewBrowser();
        using var signInPage = await browser.GetAsync("/signin");

        using var started = await browser.SubmitFormAsync(signInPage, form => form.Action.EndsWith("/signin/down", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        using var failure = await browser.FollowAsync(started);
        var html = await failure.Content.ReadAsStringAsync();
        Assert.Contains("could not be reached", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin\"", html, StringComparison.Ordinal);
    }
}
