using System.Net;
using System.Text.Json;
using static Tandem.IntegrationTests.Linking.LinkingJourney;

namespace Tandem.IntegrationTests.Linking;

[Collection(LinkingTestGroup.Name)]
public sealed class UnlinkTests(TwoProviderSystem stack)
{
    [Fact]
    public async Task Unlinking_the_last_sign_in_method_is_refused_with_a_clear_message()
    {
        using var browser = stack.NewBrowser();
        var solo = DevPerson.Unique("Solo");
        (await SignInAsync(browser, Dev, solo)).Dispose();
        var soloId = await stack.UserIdOfAsync(Dev, solo);
        var login = Assert.Single(await stack.LoginsOfAsync(soloId));

        using var refused = await UnlinkAsync(browser, login.Id);

        Assert.Equal($"{LoginsPage}?error=last_login", Target(refused));
        using var page = await browser.FollowAsync(refused);
        Assert.Contains("That is your only sign-in method, so it cannot be removed", await page.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Single(await stack.LoginsOfAsync(soloId));
    }

    [Fact]
    public async Task The_API_refuses_to_delete_the_last_login_with_a_409_problem()
    {
        using var browser = stack.NewBrowser();
        var solo = DevPerson.Unique("Solo API");
        (await SignInAsync(browser, Dev, solo)).Dispose();
        (await browser.GetAsync(LoginsPage)).Dispose();
        var soloId = await stack.UserIdOfAsync(Dev, solo);
        var login = Assert.Single(await stack.LoginsOfAsync(soloId));

        var token = await stack.AccessTokenOfAsync(soloId);
        using var refused = await CallApiAsync(stack, HttpMethod.Delete, $"/me/logins/{login.Id}", token);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Single(await stack.LoginsOfAsync(soloId));
    }

    [Fact]
    public async Task The_API_lists_only_the_users_own_logins_and_answers_404_for_another_users_login()
    {
        using var mine = stack.NewBrowser();
        using var theirs = stack.NewBrowser();
        var me = DevPerson.Unique("Me");
        var them = DevPerson.Unique("Them");
        (await SignInAsync(mine, Dev, me)).Dispose();
        (await LinkAsync(mine, Dev2, DevPerson.Unique("Me Too"))).Dispose();
        (await SignInAsync(theirs, Dev, them)).Dispose();
        (await LinkAsync(theirs, Dev2, DevPerson.Unique("Them Too"))).Dispose();
        var myId = await stack.UserIdOfAsync(Dev, me);
        var theirId = await stack.UserIdOfAsync(Dev, them);
        var token = await stack.AccessTokenOfAsync(myId);

        using var list = await CallApiAsync(stack, HttpMethod.Get, "/me/logins", token);
        using var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var ids = listed.RootElement.EnumerateArray().Select(l => l.GetProperty("id").GetInt64()).ToList();
        Assert.Equal((await stack.LoginsOfAsync(myId)).Select(l => l.Id), ids);

        var theirLogin = (await stack.LoginsOfAsync(theirId))[0];
        using var refused = await CallApiAsync(stack, HttpMethod.Delete, $"/me/logins/{theirLogin.Id}", token);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await stack.LoginsOfAsync(theirId)).Count);
    }

    [Fact]
    public async Task An_unlinked_method_no_longer_reaches_the_account_and_opens_a_new_one()
    {
        using var browser = stack.NewBrowser();
        var kim = DevPerson.Unique("Kim");
        var kimElsewhere = DevPerson.Unique("Kim Elsewhere");
        (await SignInAsync(browser, Dev, kim)).Dispose();
        (await LinkAsync(browser, Dev2, kimElsewhere)).Dispose();
        var kimId = await stack.UserIdOfAsync(Dev, kim);
        var second = (await stack.LoginAsync(Dev2, kimElsewhere))!;

        using var unlinked = await UnlinkAsync(browser, second.Id);

        Assert.Equal($"{LoginsPage}?done=unlinked&provider={Dev2}", Target(unlinked));
        using var page = await browser.FollowAsync(unlinked);
        Assert.Contains($"{TwoProviderSystem.SecondProviderDisplayName} is no longer linked",
            await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Dev], (await stack.LoginsOfAsync(kimId)).Select(l => l.Provider));

        using var other = stack.NewBrowser();
        (await SignInAsync(other, Dev2, kimElsewhere)).Dispose();
        Assert.NotEqual(kimId, await stack.UserIdOfAsync(Dev2, kimElsewhere));
    }

    [Fact]
    public async Task Unlinking_without_the_anti_forgery_token_is_refused_and_keeps_the_login()
    {
        using var browser = stack.NewBrowser();
        var pat = DevPerson.Unique("Pat");
        (await SignInAsync(browser, Dev, pat)).Dispose();
        (await LinkAsync(browser, Dev2, DevPerson.Unique("Pat Too"))).Dispose();
        var patId = await stack.UserIdOfAsync(Dev, pat);
        var login = (await stack.LoginsOfAsync(patId))[1];

        var unlink = new Uri(stack.Web.BaseAddress, $"{LoginsPage}/{login.Id}/unlink");
        using var request = new HttpRequestMessage(HttpMethod.Post, unlink)
        {
            Content = new FormUrlEncodedContent([]),
        };
        using var forged = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(2, (await stack.LoginsOfAsync(patId)).Count);
    }
}
