using System.Net;

namespace Tandem.DevIdentity.Tests;

public sealed class AuthorizationRejectionTests(DevIdentityServer server) : IClassFixture<DevIdentityServer>
{
    [Theory]
    [InlineData("code_challenge", null, "code_challenge")]
    [InlineData("code_challenge_method", "plain", "code_challenge_method")]
    [InlineData("code_challenge_method", null, "code_challenge_method")]
    [InlineData("redirect_uri", "http://localhost:5080/somewhere-else", "redirect_uri")]
    [InlineData("redirect_uri", "https://attacker.example/callback", "redirect_uri")]
    [InlineData("client_id", "unknown-client", "client_id")]
    [InlineData("response_type", "token", "response_type")]
    [InlineData("scope", "openid offline_access", "offline_access")]
    public async Task Rejects_an_authorization_request_with_a_page_and_no_redirect(
        string parameter, string? value, string named)
    {
        using var browser = server.CreateBrowser();

        using var response = await browser.GetAsync(new AuthorizationRequest().ToUri((parameter, value)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("This sign-in request cannot be completed", html, StringComparison.Ordinal);
        Assert.Contains($"'{named}'", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_unregistered_post_logout_redirect_uri_with_a_page()
    {
        using var browser = server.CreateBrowser();

        using var response = await browser.GetAsync("connect/endsession?client_id=tandem-web" +
            "&post_logout_redirect_uri=" + Uri.EscapeDataString("https://attacker.example/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("post_logout_redirect_uri", html, StringComparison.Ordinal);
    }
}
