using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>The safe outcome of a refused callback: the failure page, no session cookie, nothing stored.</summary>
internal static class RefusedSignIn
{
    private const string FailureLog = "A sign-in failed";

    /// <param name="reason">
    /// Words of OpenIddict's own explanation, as the web server logs it, so a refusal for another reason (a broken
    /// test, say) does not pass for this one. The latest failure is ours: a test class runs its tests one by one.
    /// </param>
    public static async Task AssertAsync(
        TandemSystem stack, HttpResponseMessage callback, DevPerson person, string reason)
    {
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/signin/failed", TestBrowser.RedirectTarget(callback).AbsolutePath);
        Assert.DoesNotContain(SetCookies(callback), IssuesSessionCookie);
        var logged = stack.Logs.Lines.Last(line => line.Contains(FailureLog, StringComparison.Ordinal));
        Assert.Contains(reason, logged, StringComparison.Ordinal);

        using var browser = stack.NewBrowser();
        using var page = await browser.GetAsync(TestBrowser.RedirectTarget(callback));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("You are not signed in", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The person is unknown under every provider: no user, no login, so no session could exist either.
        await using var scope = stack.DatabaseScope(out var db);
        Assert.False(await db.ExternalLogins.AnyAsync(l => l.Subject == person.Subject));
        Assert.False(await db.Users.AnyAsync(u => u.Email == person.Email));
    }

    /// <summary>The response tells the browser to drop its session cookie.</summary>
    public static void AssertClearsSessionCookie(HttpResponseMessage response) =>
        Assert.Contains(SetCookies(response), c => c.StartsWith("tandem-session=;", StringComparison.Ordinal));

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>A Set-Cookie that gives the browser a session, as opposed to one that clears it.</summary>
    private static bool IssuesSessionCookie(string setCookie) =>
        setCookie.StartsWith("tandem-session=", StringComparison.Ordinal)
        && !setCookie.StartsWith("tandem-session=;", StringComparison.Ordinal);
}
