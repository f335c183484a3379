using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>
/// A session unused for Sessions:IdleTimeout (14 days by default, on both servers) is dead for the web and the
/// API alike. Idleness is made by moving the session's last use into the past, as the passing of two weeks would.
/// </summary>
public sealed class IdleSessionTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromDays(14);

    [Fact]
    public async Task A_session_idle_longer_than_the_timeout_is_refused_by_the_web_and_the_api()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique());
        await LastSeenAsync(device, DateTimeOffset.UtcNow - IdleTimeout - TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, device.AccessToken));

        using var account = await device.Browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(account).AbsolutePath);
        Assert.Contains(account.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tandem-session=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_used_within_the_timeout_is_kept_alive_by_its_next_page()
    {
        using var device = await AccountSteps.SignInAsync(stack, DevPerson.Unique());
        var nearlyIdle = DateTimeOffset.UtcNow - IdleTimeout + TimeSpan.FromMinutes(10);
        await LastSeenAsync(device, nearlyIdle);

        using var account = await device.Browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var session = await AccountSteps.ReloadAsync(stack, device.Session.Id);
        Assert.True(session.LastSeenAt > DateTimeOffset.UtcNow.AddMinutes(-1), $"last seen {session.LastSeenAt:O}");
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, device.AccessToken));
    }

    [Fact]
    public async Task An_idle_session_is_not_listed_among_the_live_ones()
    {
        var person = DevPerson.Unique();
        using var idle = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var active = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        await LastSeenAsync(idle, DateTimeOffset.UtcNow - IdleTimeout - TimeSpan.FromMinutes(1));

        using var page = await active.Browser.GetAsync("/account/sessions");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("Firefox on Linux", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Safari on iPhone", html, StringComparison.Ordinal);
    }

    private async Task LastSeenAsync(SignedInDevice device, DateTimeOffset lastSeen)
    {
        await using var scope = stack.DatabaseScope(out var db);
        await db.Sessions
            .Where(s => s.Id == device.Session.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, lastSeen));
    }
}
