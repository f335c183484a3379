using System.Net;
using static Tandem.IntegrationTests.Linking.LinkingJourney;

namespace Tandem.IntegrationTests.Linking;

[Collection(LinkingTestGroup.Name)]
public sealed class LinkWhileSignedInTests(TwoProviderSystem stack)
{
    [Fact]
    public async Task A_second_provider_linked_from_the_sign_in_methods_page_then_signs_in_to_the_same_account()
    {
        using var browser = stack.NewBrowser();
        var ada = DevPerson.Unique("Ada Linked");
        var adaElsewhere = DevPerson.Unique("Ada Elsewhere");
        (await SignInAsync(browser, Dev, ada)).Dispose();
        var adaId = await stack.UserIdOfAsync(Dev, ada);

        using var linked = await LinkAsync(browser, Dev2, adaElsewhere);

        Assert.Equal($"{LoginsPage}?done=linked&provider={Dev2}", Target(linked));
        using var page = await browser.FollowAsync(linked);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"{TwoProviderSystem.SecondProviderDisplayName} is linked", html, StringComparison.Ordinal);
        Assert.Contains("Unlink " + TwoProviderSystem.SecondProviderDisplayName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Link " + TwoProviderSystem.SecondProviderDisplayName, html, StringComparison.Ordinal);

        using var other = stack.NewBrowser();
        (await SignInAsync(other, Dev2, adaElsewhere)).Dispose();
        Assert.Equal(adaId, await stack.UserIdOfAsync(Dev2, adaElsewhere));
        Assert.Equal(2, (await stack.SessionsOfAsync(adaId)).Count);
        Assert.Equal([Dev, Dev2], (await stack.LoginsOfAsync(adaId)).Select(l => l.Provider));
    }

    [Fact]
    public async Task Linking_an_account_that_belongs_to_another_user_is_refused_and_changes_nothing()
    {
        using var link = await LinkAnotherUsersLoginAsync(stack, "Grace");

        Assert.Equal("/account/logins/failed?error=linked_to_another_user", Target(link.Response));
        using var page = await link.Browser.FollowAsync(link.Response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(
            "That account is already linked to a different Tandem account",
            await page.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(link.OwnerId, await stack.UserIdOfAsync(Dev2, link.Owner));
        Assert.Single(await stack.LoginsOfAsync(link.UserId));
        Assert.Single(await stack.LoginsOfAsync(link.OwnerId));
    }

    [Fact]
    public async Task Linking_an_account_already_linked_to_this_user_says_so_and_changes_nothing()
    {
        using var browser = stack.NewBrowser();
        var lin = DevPerson.Unique("Lin");
        (await SignInAsync(browser, Dev, lin)).Dispose();
        var linId = await stack.UserIdOfAsync(Dev, lin);

        // The page offers no "Link" for a provider already linked; the form's own post is sent there anyway.
        using var again = await LinkAsync(browser, Dev, lin);

        Assert.Equal($"{LoginsPage}?done=already&provider={Dev}", Target(again));
        Assert.Single(await stack.LoginsOfAsync(linId));
    }

    [Fact]
    public async Task Starting_a_link_without_the_anti_forgery_token_is_refused()
    {
        using var browser = stack.NewBrowser();
        (await SignInAsync(browser, Dev, DevPerson.Unique())).Dispose();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(stack.Web.BaseAddress, $"{LoginsPage}/link/{Dev2}"))
        {
            Content = new FormUrlEncodedContent([]),
        };
        using var forged = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Starting_a_link_when_signed_out_leads_to_sign_in()
    {
        using var browser = stack.NewBrowser();

        using var page = await browser.GetAsync(LoginsPage);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", TestBrowser.RedirectTarget(page).AbsolutePath);
    }
}
