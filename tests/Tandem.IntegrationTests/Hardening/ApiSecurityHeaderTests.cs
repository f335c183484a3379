using System.Net;
using System.Net.Http.Headers;

namespace Tandem.IntegrationTests.Hardening;

public sealed class ApiSecurityHeaderTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/posts", HttpStatusCode.OK)]
    [InlineData("/me", HttpStatusCode.Unauthorized)]
    [InlineData("/posts/999999", HttpStatusCode.NotFound)]
    [InlineData("/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Every_api_response_is_never_sniffed_framed_or_allowed_to_load_anything(
        string path, HttpStatusCode status)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", WebSecurityHeaderTests.Single(response, "X-Content-Type-Options"));
        Assert.Equal(
            "default-src 'none'; frame-ancestors 'none'",
            WebSecurityHeaderTests.Single(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task What_me_returns_is_never_stored_by_a_cache()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();

        // The session's JWT is minted by the first page that calls the API with it.
        (await browser.GetAsync("/account")).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);
        var token = Assert.Single(await stack.SessionsOfAsync(user!.Id)).AccessToken;

        using var me = await stack.GetMeAsync(token);
        using var anonymous = await stack.GetMeAsync(accessToken: null);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(CacheControlHeaderValue.Parse("no-store"), me.Headers.CacheControl);
        Assert.Equal(CacheControlHeaderValue.Parse("no-store"), anonymous.Headers.CacheControl);
    }
}
