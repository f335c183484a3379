using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Data.Audit;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>Ending sessions from /account/sessions: one, all the others, or all of them.</summary>
public sealed class SessionEndingTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task The_sessions_page_lists_each_device_and_marks_this_one()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);

        using var page = await laptop.Browser.GetAsync("/account/sessions");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<strong>Firefox on Linux</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Safari on iPhone</strong>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"badge\">this device<"));
        Assert.Contains($"value=\"{AccountSteps.ListedId(phone.Session.Id)}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(phone.Session.Id, html, StringComparison.Ordinal);
        Assert.Contains("from 127.0.0.1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_one_session_refuses_exactly_its_jwt_on_the_next_request_while_the_others_work()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var desktop = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));

        using var ended = await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(phone.Session.Id));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/account/sessions", TestBrowser.RedirectTarget(ended).AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, laptop.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, desktop.AccessToken));
        Assert.NotNull((await AccountSteps.ReloadAsync(stack, phone.Session.Id)).RevokedAt);

        using var phoneAccount = await phone.Browser.GetAsync("/account");
        Assert.Equal("/signin", TestBrowser.RedirectTarget(phoneAccount).AbsolutePath);
        using var laptopAccount = await laptop.Browser.GetAsync("/account/sessions");
        Assert.Equal(HttpStatusCode.OK, laptopAccount.StatusCode);
        Assert.DoesNotContain("Safari on iPhone", await laptopAccount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_of_all_other_devices_keeps_only_this_one()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var desktop = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);

        using var ended = await AccountSteps.EndAsync(laptop, "others");

        Assert.Equal("/account/sessions", TestBrowser.RedirectTarget(ended).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, laptop.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, desktop.AccessToken));
        var live = (await stack.SessionsOfAsync(laptop.UserId)).Where(s => s.RevokedAt is null);
        Assert.Equal(laptop.Session.Id, Assert.Single(live).Id);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_and_this_browser_lands_home_signed_out()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);

        using var ended = await AccountSteps.EndAsync(laptop, "everywhere");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/", TestBrowser.RedirectTarget(ended).AbsolutePath);
        Assert.Contains(ended.Headers.GetValues("Set-Cookie"), c => c.StartsWith("tandem-session=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, laptop.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));
        Assert.All(await stack.SessionsOfAsync(laptop.UserId), s => Assert.NotNull(s.RevokedAt));

        using var home = await laptop.Browser.GetAsync("/");
        Assert.Contains(">Sign in</a>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_this_devices_own_session_from_the_list_signs_this_browser_out()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);

        using var ended = await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(laptop.Session.Id));

        Assert.Equal("/", TestBrowser.RedirectTarget(ended).AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountSteps.ApiStatusAsync(stack, laptop.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, phone.AccessToken));
        using var account = await laptop.Browser.GetAsync("/account");
        Assert.Equal("/signin", TestBrowser.RedirectTarget(account).AbsolutePath);
    }

    [Fact]
    public async Task Another_users_session_id_is_not_found_and_nothing_is_ended()
    {
        using var mallory = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Mallory"));
        using var alice = await AccountSteps.SignInAsync(stack, DevPerson.Unique("Alice"));
        var alicesId = AccountSteps.ListedId(alice.Session.Id);

        using var fromPage = await AccountSteps.EndAsync(mallory, alicesId);
        using var fromApi = await AccountSteps.CallApiAsync(
            stack, HttpMethod.Delete, "/me/sessions/" + alicesId, mallory.AccessToken);

        Assert.Equal(HttpStatusCode.Conflict, fromPage.StatusCode);
        Assert.Contains("had already ended, or is not one of yours", await fromPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, fromApi.StatusCode);
        Assert.Equal("application/problem+json", fromApi.Content.Headers.ContentType?.MediaType);
        Assert.Null((await AccountSteps.ReloadAsync(stack, alice.Session.Id)).RevokedAt);
        Assert.Null((await AccountSteps.ReloadAsync(stack, mallory.Session.Id)).RevokedAt);
        Assert.Equal(HttpStatusCode.OK, await AccountSteps.ApiStatusAsync(stack, alice.AccessToken));
    }

    [Fact]
    public async Task Ending_sessions_is_recorded_with_the_device_that_asked()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var desktop = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);

        (await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(phone.Session.Id))).Dispose();
        (await AccountSteps.EndAsync(laptop, "others")).Dispose();

        await using var scope = stack.DatabaseScope(out var db);
        var events = await db.AuditEvents.Where(e => e.UserId == laptop.UserId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [AuditEventKinds.SessionEnded, AuditEventKinds.OtherSessionsEnded],
            events.Where(e => e.Kind != AuditEventKinds.SignedIn).Select(e => e.Kind));
        var ended = events.Single(e => e.Kind == AuditEventKinds.SessionEnded);
        Assert.Equal(Devices.FirefoxOnLinux, ended.UserAgent);
        Assert.Equal("127.0.0.1", ended.IpAddress);
        Assert.Equal("dev", ended.Provider);
        Assert.Equal("session " + AccountSteps.ListedId(phone.Session.Id), ended.Detail);
        Assert.Equal("1 session", events.Single(e => e.Kind == AuditEventKinds.OtherSessionsEnded).Detail);
    }

    [Fact]
    public async Task Ending_every_session_is_recorded_with_how_many_ended_and_the_device_that_asked()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);

        using var response = await AccountSteps.CallApiAsync(
            stack, HttpMethod.Delete, "/me/sessions", laptop.AccessToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ended\":2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = stack.DatabaseScope(out var db);
        var ended = await db.AuditEvents.SingleAsync(
            e => e.UserId == laptop.UserId && e.Kind == AuditEventKinds.AllSessionsEnded);
        Assert.Equal("2 sessions", ended.Detail);
        Assert.Equal(Devices.FirefoxOnLinux, ended.UserAgent);
        Assert.All(await stack.SessionsOfAsync(laptop.UserId), s => Assert.NotNull(s.RevokedAt));
    }

    [Fact]
    public async Task Ending_sessions_without_the_anti_forgery_token_is_refused_and_nothing_ends()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person);
        using var phone = await AccountSteps.SignInAsync(stack, person);

        using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri(stack.Web.BaseAddress, "/account/sessions"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "end-sessions",
                ["End"] = "everywhere",
            }),
        };
        using var response = await laptop.Browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(await stack.SessionsOfAsync(laptop.UserId), s => Assert.Null(s.RevokedAt));
    }
}
