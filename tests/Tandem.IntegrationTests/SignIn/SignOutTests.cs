using System.Net;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.SignIn;

public sealed class SignOutTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task Signing_out_revokes_the_session_and_the_API_rejects_its_jwt_on_the_next_request()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        using var account = await browser.GetAsync("/account");

        var user = await stack.FindUserAsync("dev", person.Subject!);
        var token = Assert.Single(await stack.SessionsOfAsync(user!.Id)).AccessToken;
        using (var before = await stack.GetMeAsync(token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var signedOut = await browser.SubmitFormAsync(account, form => form.Action.EndsWith("/signout", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using (var after = await stack.GetMeAsync(token))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        var session = Assert.Single(await stack.SessionsOfAsync(user.Id));
        Assert.NotNull(session.RevokedAt);
        Assert.Null(session.AccessToken);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_is_not_accepted()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        using var account = await browser.GetAsync("/account");
        var stolen = browser.CookieHeaderFor(stack.Web.BaseAddress);

        (await browser.SubmitFormAsync(account, form => form.Action.EndsWith("/signout", StringComparison.Ordinal))).Dispose();

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = stack.Web.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", stolen);
        using var replayed = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(replayed).AbsolutePath);
    }

    [Fact]
    public async Task Signing_out_without_the_anti_forgery_token_is_refused_and_the_session_stays()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();

        using var forgedRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(stack.Web.BaseAddress, "/signout"))
        {
            Content = new FormUrlEncodedContent([]),
        };
        using var forged = await browser.SendAsync(forgedRequest);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var user = await stack.FindUserAsync("dev", person.Subject!);
        Assert.Null(Assert.Single(await stack.SessionsOfAsync(user!.Id)).RevokedAt);
    }
}
