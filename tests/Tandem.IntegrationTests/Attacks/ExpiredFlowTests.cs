using System.Net;

namespace Tandem.IntegrationTests.Attacks;

public sealed class ExpiredFlowTests(ShortFlowSystem stack) : IClassFixture<ShortFlowSystem>
{
    [Fact]
    public async Task A_callback_within_the_flow_lifetime_signs_in()
    {
        using var browser = stack.NewBrowser();

        using var signedIn = await SignInJourney.SignInAsync(browser, DevPerson.Unique("Quick"));

        Assert.Equal("/account", TestBrowser.RedirectTarget(signedIn).AbsolutePath);
    }

    [Fact]
    public async Task A_callback_after_the_flow_lifetime_is_refused_even_with_the_flow_cookie_kept()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Too Slow");
        var callback = await SignInJourney.ToCallbackAsync(browser, person);

        // Kept by hand: a browser drops the cookie when it expires, an attacker replaying it does not.
        var kept = CookieHeader.Parse(browser.CookieHeaderFor(stack.Web.BaseAddress));
        await Task.Delay(ShortFlowSystem.FlowLifetime + TimeSpan.FromSeconds(1));

        using var landed = await kept.GetAsync(callback);

        await RefusedSignIn.AssertAsync(stack, landed, person, "The specified token is no longer valid.");
    }
}
