using System.Net;
using static Tandem.IntegrationTests.Linking.LinkingJourney;

namespace Tandem.IntegrationTests.Linking;

[Collection(LinkingTestGroup.Name)]
public sealed class ForgedLinkCallbackTests(TwoProviderSystem stack)
{
    private const string SessionChanged = "/account/logins/failed?error=session_changed";

    [Fact]
    public async Task A_link_callback_arriving_after_the_session_signed_out_changes_nothing()
    {
        using var browser = stack.NewBrowser();
        var ada = DevPerson.Unique("Ada Signed Out");
        var target = DevPerson.Unique("Target");
        (await SignInAsync(browser, Dev, ada)).Dispose();
        var callback = await StartLinkAsync(browser, Dev2, target, actionOverride: $"{LoginsPage}/link/{Dev2}");
        await SignOutAsync(browser);

        using var landed = await browser.GetAsync(callback);

        Assert.Equal(SessionChanged, Target(landed));
        Assert.Null(await stack.LoginAsync(Dev2, target));
        Assert.Single(await stack.LoginsOfAsync(await stack.UserIdOfAsync(Dev, ada)));
    }

    [Fact]
    public async Task A_link_callback_arriving_in_a_later_session_of_another_user_changes_nothing()
    {
        using var browser = stack.NewBrowser();
        var ada = DevPerson.Unique("Ada Earlier");
        var target = DevPerson.Unique("Target Later");
        (await SignInAsync(browser, Dev, ada)).Dispose();
        var callback = await StartLinkAsync(browser, Dev2, target, actionOverride: $"{LoginsPage}/link/{Dev2}");
        await SignOutAsync(browser);

        // Signing in again: the dev provider remembers the person from the link step and answers at once,
        // so this browser's new session belongs to that person's own, new account.
        using var signInPage = await browser.GetAsync("/signin");
        using var challenge = await browser.SubmitFormAsync(
            signInPage, form => form.Action.EndsWith("/signin/" + Dev, StringComparison.Ordinal));
        using var remembered = await browser.FollowAsync(challenge);
        Assert.Equal(HttpStatusCode.Redirect, remembered.StatusCode);
        (await browser.FollowAsync(remembered)).Dispose();
        var laterUser = await stack.UserIdOfAsync(Dev, target);

        using var landed = await browser.GetAsync(callback);

        Assert.Equal(SessionChanged, Target(landed));
        Assert.Null(await stack.LoginAsync(Dev2, target));
        Assert.Single(await stack.LoginsOfAsync(laterUser));
        Assert.Single(await stack.LoginsOfAsync(await stack.UserIdOfAsync(Dev, ada)));
    }

    [Fact]
    public async Task A_link_callback_opened_in_another_browser_changes_nothing()
    {
        using var attacker = stack.NewBrowser();
        using var victim = stack.NewBrowser();
        var attackerPerson = DevPerson.Unique("Attacker");
        var attackersOther = DevPerson.Unique("Attacker Other");
        var victimPerson = DevPerson.Unique("Victim");
        (await SignInAsync(attacker, Dev, attackerPerson)).Dispose();
        (await SignInAsync(victim, Dev, victimPerson)).Dispose();
        var callback = await StartLinkAsync(attacker, Dev2, attackersOther, actionOverride: $"{LoginsPage}/link/{Dev2}");

        using var landed = await victim.GetAsync(callback);

        Assert.StartsWith("/account/logins/failed?error=", Target(landed), StringComparison.Ordinal);
        Assert.Null(await stack.LoginAsync(Dev2, attackersOther));
        Assert.Single(await stack.LoginsOfAsync(await stack.UserIdOfAsync(Dev, victimPerson)));
    }

    private static async Task SignOutAsync(TestBrowser browser)
    {
        using var page = await browser.GetAsync(LoginsPage);
        using var signedOut = await browser.SubmitFormAsync(page, form => form.Action.EndsWith("/signout", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }
}
