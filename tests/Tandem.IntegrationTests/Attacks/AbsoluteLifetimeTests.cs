using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.IntegrationTests.Accounts;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// A session ends at its ExpiresAt however active it is. Its end is moved into the past in the database, as the
/// passing of Sessions:AbsoluteLifetime would; the cookie and the JWT themselves still look valid, so only the
/// servers' check of the session row can refuse them.
/// </summary>
public sealed class AbsoluteLifetimeTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_session_past_its_absolute_end_is_refused_by_the_web_and_its_jwt_by_the_api()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Expired"));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, device.AccessToken));
        await ExpiresAtAsync(device, DateTimeOffset.UtcNow.AddMinutes(-1));

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, device.AccessToken));

        using var account = await device.Browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(account).AbsolutePath);
        RefusedSignIn.AssertClearsSessionCookie(account);

        // The cleared cookie is gone from the browser, so the next page is signed out too.
        using var again = await device.Browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var cookies = device.Browser.CookieHeaderFor(stack.Web.BaseAddress);
        Assert.DoesNotContain("tandem-session", cookies, StringComparison.Ordinal);
    }

    private async Task ExpiresAtAsync(SignedInDevice device, DateTimeOffset expiresAt)
    {
        await using var scope = stack.DatabaseScope(out var db);
        await db.Sessions
            .Where(s => s.Id == device.Session.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expiresAt));
    }
}
