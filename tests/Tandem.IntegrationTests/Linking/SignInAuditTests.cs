using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Tandem.Data.Audit;
using static Tandem.IntegrationTests.Linking.LinkingJourney;

namespace Tandem.IntegrationTests.Linking;

[Collection(LinkingTestGroup.Name)]
public sealed class SignInAuditTests(TwoProviderSystem stack)
{
    private const string UserAgent = "AuditProbe/1.0 (integration test)";

    [Fact]
    public async Task Signing_in_linking_unlinking_and_signing_out_each_write_an_audit_row_without_secrets()
    {
        using var browser = stack.NewBrowser();
        var ada = DevPerson.Unique("Audited");
        var elsewhere = DevPerson.Unique("Audited Elsewhere");
        var signInCallback = await SignInToCallbackAsync(browser, Dev, ada);
        using (var request = new HttpRequestMessage(HttpMethod.Get, signInCallback))
        {
            request.Headers.UserAgent.ParseAdd(UserAgent);
            using var signedIn = await browser.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var linkCallback = await StartLinkAsync(browser, Dev2, elsewhere, actionOverride: $"{LoginsPage}/link/{Dev2}");
        (await browser.GetAsync(linkCallback)).Dispose();
        var adaId = await stack.UserIdOfAsync(Dev, ada);
        var session = (await stack.SessionsOfAsync(adaId)).Single();
        var secrets = Secrets(signInCallback, linkCallback, browser, session.Id, session.AccessToken);
        (await UnlinkAsync(browser, (await stack.LoginAsync(Dev2, elsewhere))!.Id)).Dispose();
        using (var page = await browser.GetAsync(LoginsPage))
        {
            (await browser.SubmitFormAsync(page, form => form.Action.EndsWith("/signout", StringComparison.Ordinal))).Dispose();
        }

        var events = await stack.AuditOfAsync(adaId);

        Assert.Equal(
            [AuditEventKinds.SignedIn, AuditEventKinds.LoginLinked, AuditEventKinds.LoginUnlinked, AuditEventKinds.SignedOut],
            events.Select(e => e.Kind));
        Assert.Equal([Dev, Dev2, Dev2, Dev], events.Select(e => e.Provider));
        Assert.All(events, e => Assert.Equal("127.0.0.1", e.IpAddress));
        Assert.Equal(UserAgent, events[0].UserAgent);
        Assert.Equal(UserAgent, events[2].UserAgent);
        AssertFreeOf(secrets, events);
    }

    [Fact]
    public async Task A_link_refused_as_another_users_login_is_audited_and_shown_on_the_activity_page()
    {
        using var link = await LinkAnotherUsersLoginAsync(stack, "Refused Audit");

        Assert.Equal("/account/logins/failed?error=linked_to_another_user", Target(link.Response));
        var row = Assert.Single(
            await stack.AuditOfAsync(link.UserId), e => e.Kind == AuditEventKinds.LoginLinkRefused);
        Assert.Equal(Dev2, row.Provider);
        Assert.Equal("127.0.0.1", row.IpAddress);
        Assert.Equal("Already linked to a different Tandem account", row.Detail);
        Assert.DoesNotContain(
            await stack.AuditOfAsync(link.OwnerId), e => e.Kind == AuditEventKinds.LoginLinkRefused);

        using var page = await link.Browser.GetAsync("/account/activity");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        using var document = await new HtmlParser().ParseDocumentAsync(html);
        var shown = document.QuerySelectorAll("table.activity tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())
            .First();
        Assert.Equal("Sign-in method not added", shown[1]);
        Assert.Equal(Dev2, shown[2]);
        Assert.Equal("Already linked to a different Tandem account", shown[5]);
        Assert.DoesNotContain(link.OwnerId.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_writes_a_row_with_its_reason_code_and_no_user()
    {
        using var browser = stack.NewBrowser();
        var callback = await SignInToCallbackAsync(browser, Dev, DevPerson.Unique("Denied"));
        var state = QueryHelpers.ParseQuery(callback.Query)["state"].ToString();
        var issuer = Uri.EscapeDataString(stack.Identity.BaseAddress.ToString());
        var before = (await FailedRowsAsync()).Select(e => e.Id).ToHashSet();

        using var denied = await browser.GetAsync(
            $"/signin/callback/{Dev}?error=access_denied&state={Uri.EscapeDataString(state)}&iss={issuer}");

        Assert.Equal("/signin/failed?error=access_denied", Target(denied));
        var row = Assert.Single(await FailedRowsAsync(), e => !before.Contains(e.Id));
        Assert.Null(row.UserId);
        Assert.Equal("access_denied", row.Detail);
        Assert.Equal(Dev, row.Provider);
        AssertFreeOf(Secrets(callback, callback, browser, sessionId: null, accessToken: null), [row]);
    }

    [Fact]
    public async Task A_first_sign_in_joined_by_address_writes_a_linked_row_before_the_signed_in_row()
    {
        var existing = DevPerson.Unique("Joined Audit");
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, existing)).Dispose();
        }

        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev2, DevPerson.Unique("Joined Audit Too") with { Email = existing.Email })).Dispose();
        }

        var events = await stack.AuditOfAsync(await stack.UserIdOfAsync(Dev, existing));
        Assert.Equal(
            [AuditEventKinds.SignedIn, AuditEventKinds.LoginLinked, AuditEventKinds.SignedIn],
            events.Select(e => e.Kind));
        Assert.Equal("verified-email", events[1].Detail);
        Assert.Equal(Dev2, events[1].Provider);
    }

    private async Task<List<AuditEvent>> FailedRowsAsync()
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.AuditEvents.Where(e => e.Kind == AuditEventKinds.SignInFailed).ToListAsync();
    }

    /// <summary>Everything secret the flows handled: codes, states, cookies, the session id and its JWT.</summary>
    private List<string> Secrets(
        Uri signInCallback, Uri linkCallback, TestBrowser browser, string? sessionId, string? accessToken)
    {
        var secrets = new List<string>();
        foreach (var callback in new[] { signInCallback, linkCallback })
        {
            var query = QueryHelpers.ParseQuery(callback.Query);
            secrets.Add(query["code"].ToString());
            secrets.Add(query["state"].ToString());
        }

        secrets.AddRange(browser.CookieHeaderFor(stack.Web.BaseAddress).Split("; ").Select(c => c[(c.IndexOf('=') + 1)..]));
        secrets.Add(sessionId ?? string.Empty);
        secrets.Add(accessToken ?? string.Empty);
        return secrets.Where(s => s.Length >= 16).ToList();
    }

    private static void AssertFreeOf(List<string> secrets, IEnumerable<AuditEvent> events)
    {
        Assert.NotEmpty(secrets);
        foreach (var e in events)
        {
            var text = string.Join('\n', e.Kind, e.Provider, e.IpAddress, e.UserAgent, e.Detail);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }
}
