using System.Net;
using Tandem.IntegrationTests.Accounts;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// Two web instances behind one load balancer: the session cookie is protected with the key ring in the shared
/// database, so either instance reads it, and the session row, not the instance, decides whether it is live.
/// </summary>
public sealed class SecondWebInstanceTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_session_cookie_works_on_another_instance_until_it_signs_out_on_the_first()
    {
        var person = DevPerson.Unique("Roaming Reader");
        using var device = await AccountSteps.SignInAsync(stack, person);
        var cookie = CookieHeader.Parse(device.Browser.CookieHeaderFor(stack.Web.BaseAddress));
        await using var second = stack.StartAnotherWebInstance();
        var accountOnSecond = new Uri(second.BaseAddress, "/account");

        using (var page = await cookie.GetAsync(accountOnSecond))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(person.DisplayName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var account = await device.Browser.GetAsync("/account");
        using var signedOut = await device.Browser.SubmitFormAsync(
            account, form => form.Action.EndsWith("/signout", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replayed = await cookie.GetAsync(accountOnSecond);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(replayed).AbsolutePath);
        RefusedSignIn.AssertClearsSessionCookie(replayed);
    }

    [Fact]
    public async Task A_session_cookie_that_fails_to_decrypt_on_another_instance_counts_as_signed_out()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Forger"));
        var cookies = CookieHeader.Parse(device.Browser.CookieHeaderFor(stack.Web.BaseAddress));
        var value = cookies.Value("tandem-session");
        var forged = cookies.With("tandem-session", value[..^8] + (value[^8] == 'A' ? "B" : "A") + value[^7..]);
        await using var second = stack.StartAnotherWebInstance();

        using var page = await forged.GetAsync(new Uri(second.BaseAddress, "/account"));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(page).AbsolutePath);
    }
}
