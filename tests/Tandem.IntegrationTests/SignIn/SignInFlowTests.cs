using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.SignIn;

public sealed class SignInFlowTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task Signing_in_opens_a_session_and_the_account_page_shows_what_the_API_returns()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Ada Lovelace");

        using var signedIn = await SignInJourney.SignInAsync(browser, person);
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);

        using var account = await browser.GetAsync("/account");
        var html = await account.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("<h1>Ada Lovelace</h1>", html, StringComparison.Ordinal);
        Assert.Contains(person.Email, html, StringComparison.Ordinal);

        var user = await stack.FindUserAsync("dev", person.Subject!);
        Assert.NotNull(user);
        Assert.StartsWith("ada-lovelace", user.Handle, StringComparison.Ordinal);
        Assert.True(user.EmailVerified);

        var session = Assert.Single(await stack.SessionsOfAsync(user.Id));
        Assert.Null(session.RevokedAt);
        Assert.NotNull(session.AccessToken);

        using var me = await stack.GetMeAsync(session.AccessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(user.Id.ToString(), body.GetProperty("id").GetString());
        Assert.Equal("Ada Lovelace", body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_session_jwt_is_ES256_with_explicit_type_and_every_required_claim()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        (await browser.GetAsync("/account")).Dispose();

        var user = await stack.FindUserAsync("dev", person.Subject!);
        var session = Assert.Single(await stack.SessionsOfAsync(user!.Id));
        var token = new JsonWebToken(session.AccessToken);

        Assert.Equal("ES256", token.Alg);
        Assert.Equal("at+jwt", token.Typ);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        Assert.Equal(stack.Web.BaseAddress.ToString().TrimEnd('/'), token.Issuer);
        Assert.Equal(["tandem-api"], token.Audiences);
        Assert.Equal(user.Id.ToString(), token.Subject);
        Assert.Equal(session.Id, token.GetClaim("sid").Value);
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.True(token.IssuedAt > DateTime.UtcNow.AddMinutes(-1));
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task The_browser_holds_one_http_only_lax_cookie_that_does_not_contain_the_jwt()
    {
        using var browser = stack.NewBrowser();
        var callback = await SignInJourney.ToCallbackAsync(browser, DevPerson.Unique());

        using var signedIn = await browser.GetAsync(callback);
        var sessionCookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tandem-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", sessionCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", sessionCookie, StringComparison.OrdinalIgnoreCase);

        (await browser.GetAsync("/account")).Dispose();
        var jwtPrefix = "eyJ";
        Assert.DoesNotContain(jwtPrefix, sessionCookie.Split(';')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_again_as_the_same_person_reuses_their_user_and_starts_a_new_session()
    {
        var person = DevPerson.Unique();
        using (var first = stack.NewBrowser())
        {
            (await SignInJourney.SignInAsync(first, person)).Dispose();
        }

        using (var second = stack.NewBrowser())
        {
            (await SignInJourney.SignInAsync(second, person)).Dispose();
        }

        var user = await stack.FindUserAsync("dev", person.Subject!);
        var sessions = await stack.SessionsOfAsync(user!.Id);
        Assert.Equal(2, sessions.Count);
        Assert.NotEqual(sessions[0].Id, sessions[1].Id);
    }

    [Fact]
    public async Task A_signed_out_visitor_to_the_account_page_is_sent_to_sign_in_and_brought_back()
    {
        using var browser = stack.NewBrowser();

        using var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        var signIn = TestBrowser.RedirectTarget(account);
        Assert.Equal("/signin", signIn.AbsolutePath);
        Assert.Equal("?returnUrl=%2Faccount", signIn.Query);

        using var signedIn = await SignInJourney.SignInAsync(browser, DevPerson.Unique(), "/account");
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.test/")]
    [InlineData("//evil.test/")]
    [InlineData("/\\evil.test/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.test/")]
    public async Task A_return_url_that_leaves_the_site_is_replaced_by_the_home_page(string returnUrl)
    {
        using var browser = stack.NewBrowser();

        using var signedIn = await SignInJourney.SignInAsync(browser, DevPerson.Unique(), returnUrl);

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }
}
