using System.Net;
using System.Net.Http.Headers;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Journeys;

/// <summary>A person makes an API token on their account pages, a script uses it, and the person revokes it.</summary>
[Collection(SharedSite.Name)]
public sealed class ApiTokenJourneyTests(BrowserSystem site)
{
    [Fact]
    public async Task A_token_created_on_the_account_page_works_for_a_script_until_it_is_revoked_there()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await SiteSteps.SignInAsync(page, DevPerson.Unique("Mary Jackson"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })
            .GetByRole(AriaRole.Link, new() { Name = "API tokens" }).ClickAsync();
        Assert.Equal("/account/tokens", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByText("You have no API tokens.")).ToBeVisibleAsync();

        await page.GetByLabel("Name").FillAsync("wind tunnel sync");
        await page.GetByLabel("Expires after").SelectOptionAsync("90");
        var created = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync(),
            response => response.Request.RedirectedFrom?.Method == "POST");

        // The create redirects to the page that shows the secret, so reloading it sends no form again.
        Assert.Equal("/account/tokens", new Uri(created.Url).AbsolutePath);
        Assert.Contains("no-store", await created.HeaderValueAsync("cache-control") ?? "", StringComparison.Ordinal);
        await Expect(page.GetByText("it will not be shown again")).ToBeVisibleAsync();
        var secret = await page.Locator("#new-token-secret").TextContentAsync();
        Assert.Matches("^tdm_[A-Za-z0-9_-]{43}$", secret);
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.ReloadAsync();
        await Expect(page.GetByText("it will not be shown again")).ToHaveCountAsync(0);

        using var script = new HttpClient { BaseAddress = site.Stack.Api.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using (var before = await script.GetAsync(new Uri("/me", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke wind tunnel sync" }).ClickAsync();
        await Expect(page.GetByText("You have no API tokens.")).ToBeVisibleAsync();
        Assert.Equal("/account/tokens", new Uri(page.Url).AbsolutePath);

        using var after = await script.GetAsync(new Uri("/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
