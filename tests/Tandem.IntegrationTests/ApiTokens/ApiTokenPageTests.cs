using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Tandem.IntegrationTests.ApiTokens;

/// <summary>A person creates a token on the web site, a script uses it at the API, and the person revokes it.</summary>
public sealed class ApiTokenPageTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_works_for_a_script_and_stops_when_revoked_there()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Margaret Hamilton");
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);

        using var created = await TokenPage.CreateAsync(browser, "lunar script", 7);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("it will not be shown again", html, StringComparison.Ordinal);
        var secret = await TokenPage.ShownSecretAsync(created);
        Assert.Matches("^tdm_[A-Za-z0-9_-]{43}$", secret);

        using (var again = await browser.GetAsync(TokenPage.Path))
        {
            var listed = await again.Content.ReadAsStringAsync();
            Assert.Contains("lunar script", listed, StringComparison.Ordinal);
            Assert.Contains(secret![..12] + "…", listed, StringComparison.Ordinal);
            Assert.DoesNotContain(secret[12..], listed, StringComparison.Ordinal);
        }

        using var script = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using (var me = await script.GetAsync(new Uri("/me", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal(user!.Id, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        using (var post = await script.PostAsJsonAsync(
            new Uri("/posts", UriKind.Relative), new { title = "Posted by a script", body = "Hello." }))
        {
            Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        }

        await using (var scope = stack.DatabaseScope(out var db))
        {
            var row = await db.ApiTokens.SingleAsync(t => t.UserId == user!.Id);
            Assert.DoesNotContain(secret[4..], JsonSerializer.Serialize(row), StringComparison.Ordinal);
        }

        using var listing = await browser.GetAsync(TokenPage.Path);
        var id = Assert.Single(await TokenPage.ListedIdsAsync(listing));
        using var revoked = await TokenPage.RevokeAsync(browser, id);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(TokenPage.Path, TestBrowser.RedirectTarget(revoked).AbsolutePath);

        using var refused = await script.GetAsync(new Uri("/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var emptied = await browser.GetAsync(TokenPage.Path);
        Assert.Empty(await TokenPage.ListedIdsAsync(emptied));
        Assert.DoesNotContain(stack.Logs.Lines, line => line.Contains(secret[4..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_redirects_to_a_page_that_shows_the_secret_once_and_reloading_creates_nothing()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);

        using var posted = await TokenPage.PostCreateAsync(browser, "deploy script", 30);

        Assert.True(
            posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{posted.StatusCode}");
        Assert.Equal(TokenPage.Path, TestBrowser.RedirectTarget(posted).AbsolutePath);
        Assert.Null(await TokenPage.ShownSecretAsync(posted));
        var carrier = Assert.Single(
            posted.Headers.GetValues("Set-Cookie"),
            cookie => cookie.StartsWith("tandem-new-token=", StringComparison.Ordinal));
        Assert.Contains("path=/account/tokens", carrier, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", carrier, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", carrier, StringComparison.OrdinalIgnoreCase);

        using var shown = await browser.FollowAsync(posted);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(shown.Headers.CacheControl?.NoStore);
        var secret = await TokenPage.ShownSecretAsync(shown);
        Assert.Matches("^tdm_[A-Za-z0-9_-]{43}$", secret);
        Assert.DoesNotContain(secret![4..], carrier, StringComparison.Ordinal);

        using var reloaded = await browser.GetAsync(TokenPage.Path);
        Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
        Assert.Null(await TokenPage.ShownSecretAsync(reloaded));
        var listed = await reloaded.Content.ReadAsStringAsync();
        Assert.Contains("deploy script", listed, StringComparison.Ordinal);

        await using var scope = stack.DatabaseScope(out var db);
        Assert.Equal(1, await db.ApiTokens.CountAsync(t => t.UserId == user!.Id));
    }

    [Fact]
    public async Task The_cookie_carrying_a_new_secret_shows_nothing_to_another_session()
    {
        using var alice = stack.NewBrowser();
        (await SignInJourney.SignInAsync(alice, DevPerson.Unique("Alice"))).Dispose();
        using var mallory = stack.NewBrowser();
        (await SignInJourney.SignInAsync(mallory, DevPerson.Unique("Mallory"))).Dispose();

        using var posted = await TokenPage.PostCreateAsync(alice, "alice's script", 30);
        var page = new Uri(stack.Web.BaseAddress, TokenPage.Path);
        var carried = alice.Cookies.GetCookies(page)["tandem-new-token"];
        Assert.NotNull(carried);
        mallory.Cookies.Add(page, new System.Net.Cookie(carried.Name, carried.Value, carried.Path));

        using var stolen = await mallory.GetAsync(TokenPage.Path);

        Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);
        Assert.Null(await TokenPage.ShownSecretAsync(stolen));
        var html = await stolen.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alice's script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nameless_token_is_refused_on_the_page_with_the_reason_and_nothing_is_created()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);

        using var refused = await TokenPage.CreateAsync(browser, "   ", 30);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A name is required", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await TokenPage.ShownSecretAsync(refused));
        await using var scope = stack.DatabaseScope(out var db);
        Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == user!.Id));
    }

    [Fact]
    public async Task A_token_cannot_create_another_token_at_the_api()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        using var created = await TokenPage.CreateAsync(browser, "first", 30);
        var secret = await TokenPage.ShownSecretAsync(created);

        using var script = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await script.PostAsJsonAsync(
            new Uri("/me/tokens", UriKind.Relative), new { name = "second", expiresInDays = 30 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_page_sends_a_signed_out_visitor_to_sign_in()
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync(TokenPage.Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", TestBrowser.RedirectTarget(response).AbsolutePath, StringComparison.Ordinal);
    }
}
