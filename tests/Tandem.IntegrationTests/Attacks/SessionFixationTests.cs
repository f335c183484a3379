using System.Net;
using Tandem.IntegrationTests.Accounts;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// Session fixation: a browser already holding a session cookie (planted, or left by another person) signs in.
/// The sign-in must hand out a session of its own, so whoever knew the earlier cookie gains nothing.
/// </summary>
public sealed class SessionFixationTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    private const string SessionCookie = "tandem-session";

    [Fact]
    public async Task Signing_in_over_another_users_session_cookie_starts_a_new_session_the_old_cookie_cannot_use()
    {
        using var planter = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Planter"));
        var planted = CookieValue(planter.Browser);
        using var victim = stack.NewBrowser();
        victim.Cookies.SetCookies(AsBrowserSeesIt(stack.Web.BaseAddress), $"{SessionCookie}={planted}; path=/");
        var victimPerson = DevPerson.Unique("Victim");

        (await SignInJourney.SignInAsync(victim, victimPerson)).Dispose();

        var victimUser = await stack.FindUserAsync("dev", victimPerson.Subject!);
        var victimSession = Assert.Single(await stack.SessionsOfAsync(victimUser!.Id));
        Assert.NotEqual(planter.Session.Id, victimSession.Id);
        Assert.NotEqual(planted, CookieValue(victim));

        var plantedSession = await AccountSteps.ReloadAsync(stack, planter.Session.Id);
        Assert.Equal(planter.UserId, plantedSession.UserId);
        Assert.NotNull(plantedSession.RevokedAt);

        using var replayed = await CookieHeader.Parse($"{SessionCookie}={planted}")
            .GetAsync(new Uri(stack.Web.BaseAddress, "/account"));
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(replayed).AbsolutePath);
    }

    [Fact]
    public async Task Signing_in_again_in_the_same_browser_replaces_the_session_id()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Twice"));
        var before = CookieValue(device.Browser);

        // The dev provider remembers the person, so the second sign-in needs no form.
        using var signInPage = await device.Browser.GetAsync("/signin");
        using var challenge = await device.Browser.SubmitFormAsync(
            signInPage, form => form.Action.EndsWith("/signin/dev", StringComparison.Ordinal));
        using var remembered = await device.Browser.FollowAsync(challenge);
        using var signedIn = await device.Browser.FollowAsync(remembered);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var sessions = await stack.SessionsOfAsync(device.UserId);
        Assert.Equal(2, sessions.Count);
        Assert.NotNull(sessions.Single(s => s.Id == device.Session.Id).RevokedAt);
        Assert.Null(sessions.Single(s => s.Id != device.Session.Id).RevokedAt);
        Assert.NotEqual(before, CookieValue(device.Browser));
    }

    /// <summary>The test browser files loopback cookies under https: Chromium treats loopback as secure.</summary>
    private static Uri AsBrowserSeesIt(Uri web) => new UriBuilder(web) { Scheme = Uri.UriSchemeHttps }.Uri;

    private string CookieValue(TestBrowser browser) =>
        CookieHeader.Parse(browser.CookieHeaderFor(stack.Web.BaseAddress)).Value(SessionCookie);
}
