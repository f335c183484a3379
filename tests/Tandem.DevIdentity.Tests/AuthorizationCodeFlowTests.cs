using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Tandem.DevIdentity.Tests;

public sealed class AuthorizationCodeFlowTests(DevIdentityServer server) : IClassFixture<DevIdentityServer>
{
    [Fact]
    public async Task A_person_who_fills_in_the_form_gets_an_id_token_with_their_claims_and_the_nonce()
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        var request = new AuthorizationRequest();

        var page = await browser.OpenSignInPageAsync(request.ToUri());
        var form = HtmlForm.SignIn(page)
            .With("dev_name", "Katherine Johnson")
            .With("dev_email", "katherine@example.test")
            .With("dev_subject", "kj-1969");
        var redirect = await browser.SubmitAndFollowToClientAsync(form);
        var code = TestClientApplication.CodeFrom(redirect, request);
        var tokens = await client.RedeemSuccessfullyAsync(code, request);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        Assert.Equal("kj-1969", idToken.Subject);
        Assert.Equal("Katherine Johnson", idToken.GetPayloadValue<string>("name"));
        Assert.Equal("katherine@example.test", idToken.GetPayloadValue<string>("email"));
        Assert.True(idToken.GetPayloadValue<bool>("email_verified"));
        Assert.Equal(request.Nonce, idToken.GetPayloadValue<string>("nonce"));
    }

    [Fact]
    public async Task The_access_token_is_a_signed_jwt_that_is_not_encrypted()
    {
        var (_, tokens) = await SignInAsTestPersonAsync("Alan Turing");

        var accessToken = tokens.GetProperty("access_token").GetString()!;

        // A JWS has three parts; an encrypted JWE would have five.
        Assert.Equal(3, accessToken.Split('.').Length);
        Assert.Equal("Alan Turing", new JsonWebToken(accessToken).GetPayloadValue<string>("name"));
    }

    [Fact]
    public async Task A_test_person_is_one_click_away_and_gets_a_subject_derived_from_the_email()
    {
        var (idToken, _) = await SignInAsTestPersonAsync("Grace Hopper");

        // Worked out here independently: "dev-" and the first 20 hex digits of SHA-256 of the e-mail.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("grace@example.test")));
        Assert.Equal("dev-" + hash[..20], idToken.Subject);
        Assert.Equal("Grace Hopper", idToken.GetPayloadValue<string>("name"));
        Assert.True(idToken.GetPayloadValue<bool>("email_verified"));
    }

    [Fact]
    public async Task The_derived_subject_ignores_the_case_of_the_email()
    {
        var lower = await SignInWithFormAsync(form => form
            .With("dev_name", "Ada")
            .With("dev_email", "ada@example.test"));
        var upper = await SignInWithFormAsync(form => form
            .With("dev_name", "Ada")
            .With("dev_email", "ADA@Example.TEST"));

        Assert.Equal(lower.Subject, upper.Subject);
    }

    [Fact]
    public async Task Leaving_email_verified_unticked_puts_false_in_the_id_token()
    {
        var idToken = await SignInWithFormAsync(form => form
            .With("dev_name", "Unverified Person")
            .With("dev_email", "unverified@example.test")
            .Without("dev_email_verified"));

        Assert.False(idToken.GetPayloadValue<bool>("email_verified"));
    }

    [Fact]
    public async Task Userinfo_returns_the_name_email_and_verification_from_the_access_token()
    {
        var (idToken, tokens) = await SignInAsTestPersonAsync("Ada Lovelace");
        using var client = server.CreateClientApplication();

        using var response = await client.GetUserInfoAsync(tokens.GetProperty("access_token").GetString()!);
        var userInfo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(idToken.Subject, userInfo.GetProperty("sub").GetString());
        Assert.Equal("Ada Lovelace", userInfo.GetProperty("name").GetString());
        Assert.Equal("ada@example.test", userInfo.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.True, userInfo.GetProperty("email_verified").ValueKind);
    }

    [Fact]
    public async Task Userinfo_rejects_a_request_without_a_valid_access_token()
    {
        using var client = server.CreateClientApplication();

        using var response = await client.GetUserInfoAsync("not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_second_authorization_request_skips_the_form_while_the_person_is_signed_in()
    {
        using var browser = server.CreateBrowser();
        await SignInAsync(browser, new AuthorizationRequest(), "Ada Lovelace");
        var second = new AuthorizationRequest();

        using var response = await browser.GetAsync(second.ToUri());

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.NotEmpty(TestClientApplication.CodeFrom(response.Headers.Location!, second));
    }

    [Theory]
    [InlineData("prompt", "login")]
    [InlineData("max_age", "0")]
    public async Task A_request_for_a_fresh_sign_in_shows_the_form_again_and_can_switch_person(
        string name, string value)
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        await SignInAsync(browser, new AuthorizationRequest(), "Ada Lovelace");
        var request = new AuthorizationRequest();

        var page = await browser.OpenSignInPageAsync(request.ToUri((name, value)));
        var form = HtmlForm.TestPerson(page, "Alan Turing");
        var redirect = await browser.SubmitAndFollowToClientAsync(form);
        var code = TestClientApplication.CodeFrom(redirect, request);
        var tokens = await client.RedeemSuccessfullyAsync(code, request);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        Assert.Equal(value, form[name]);
        Assert.Equal("alan@example.test", idToken.GetPayloadValue<string>("email"));
    }

    [Fact]
    public async Task A_max_age_the_sign_in_is_younger_than_skips_the_form()
    {
        using var browser = server.CreateBrowser();
        await SignInAsync(browser, new AuthorizationRequest(), "Ada Lovelace");
        var request = new AuthorizationRequest();

        using var response = await browser.GetAsync(request.ToUri(("max_age", "3600")));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.NotEmpty(TestClientApplication.CodeFrom(response.Headers.Location!, request));
    }

    [Fact]
    public async Task Prompt_none_without_a_sign_in_sends_login_required_back_to_the_client()
    {
        using var browser = server.CreateBrowser();
        var request = new AuthorizationRequest();

        using var response = await browser.GetAsync(request.ToUri(("prompt", "none")));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(request.RedirectUri + "?", location, StringComparison.Ordinal);
        Assert.Contains("error=login_required", location, StringComparison.Ordinal);
        Assert.Contains("state=" + request.State, location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a-verifier-that-does-not-match-the-challenge-0123456789", null, "invalid_grant")]
    [InlineData(null, "wrong-secret", "invalid_client")]
    public async Task The_token_endpoint_rejects_a_wrong_verifier_or_secret(
        string? verifier, string? secret, string error)
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        var request = new AuthorizationRequest();
        var code = await SignInAsync(browser, request, "Ada Lovelace");

        using var response = await client.RedeemAsync(
            code, request, verifier, secret ?? AuthorizationRequest.WebClientSecret);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_code_can_be_redeemed_only_once()
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        var request = new AuthorizationRequest();
        var code = await SignInAsync(browser, request, "Ada Lovelace");
        await client.RedeemSuccessfullyAsync(code, request);

        using var replay = await client.RedeemAsync(code, request);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    [Fact]
    public async Task Ending_the_session_returns_to_the_client_and_the_next_sign_in_asks_again()
    {
        using var browser = server.CreateBrowser();
        await SignInAsync(browser, new AuthorizationRequest(), "Ada Lovelace");

        using var endSession = await browser.GetAsync("connect/endsession?client_id=tandem-web" +
            "&post_logout_redirect_uri=" + Uri.EscapeDataString("http://localhost:5080/"));
        using var next = await browser.GetAsync(new AuthorizationRequest().ToUri());

        Assert.Equal(HttpStatusCode.Found, endSession.StatusCode);
        var location = endSession.Headers.Location!.AbsoluteUri;
        Assert.StartsWith("http://localhost:5080/", location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("id=\"sign-in\"", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_the_session_without_a_return_address_shows_a_signed_out_page()
    {
        using var browser = server.CreateBrowser();
        await SignInAsync(browser, new AuthorizationRequest(), "Ada Lovelace");

        using var response = await browser.GetAsync("connect/endsession");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("You are signed out", html, StringComparison.Ordinal);
    }

    /// <summary>Signs in through the one-click form and returns the code the client received.</summary>
    private static async Task<string> SignInAsync(
        TestBrowser browser, AuthorizationRequest request, string person)
    {
        var page = await browser.OpenSignInPageAsync(request.ToUri());
        var redirect = await browser.SubmitAndFollowToClientAsync(HtmlForm.TestPerson(page, person));

        return TestClientApplication.CodeFrom(redirect, request);
    }

    private async Task<(JsonWebToken IdToken, JsonElement Tokens)> SignInAsTestPersonAsync(string person)
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        var request = new AuthorizationRequest();

        var code = await SignInAsync(browser, request, person);
        var tokens = await client.RedeemSuccessfullyAsync(code, request);
        var idToken = await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);

        return (idToken, tokens);
    }

    private async Task<JsonWebToken> SignInWithFormAsync(Func<HtmlForm, HtmlForm> fillIn)
    {
        using var browser = server.CreateBrowser();
        using var client = server.CreateClientApplication();
        var request = new AuthorizationRequest();

        var page = await browser.OpenSignInPageAsync(request.ToUri());
        var redirect = await browser.SubmitAndFollowToClientAsync(fillIn(HtmlForm.SignIn(page)));
        var code = TestClientApplication.CodeFrom(redirect, request);
        var tokens = await client.RedeemSuccessfullyAsync(code, request);

        return await client.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
    }
}
