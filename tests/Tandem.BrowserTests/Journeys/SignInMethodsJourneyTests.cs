using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Journeys;

/// <summary>A signed-in person adds a second way to sign in from their account, then removes it again.</summary>
public sealed class SignInMethodsJourneyTests(TwoProviderSite site) : IClassFixture<TwoProviderSite>
{
    [Fact]
    public async Task A_person_links_a_second_sign_in_method_from_their_account_and_unlinks_it()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var person = DevPerson.Unique("Mary Jackson");
        var elsewhere = DevPerson.Unique("Mary at the second provider");
        var second = TwoProviderSystem.SecondProviderDisplayName;
        await SiteSteps.SignInAsync(page, person);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })
            .GetByRole(AriaRole.Link, new() { Name = "Sign-in methods" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign-in methods");
        await Expect(page.GetByText("This is your only sign-in method")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Link " + second }).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Sign in · Dev identity provider");
        await page.GetByLabel("Display name").FillAsync(elsewhere.DisplayName);
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(elsewhere.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{second} is linked: you can now sign in with it too.");
        Assert.Equal("/account/logins", new Uri(page.Url).AbsolutePath);
        var unlink = page.GetByRole(AriaRole.Button, new() { Name = "Unlink " + second });
        await Expect(unlink).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Link " + second, Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        await unlink.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{second} is no longer linked");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Link " + second, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Unlink") }))
            .ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_page_explaining_a_refused_link_has_no_accessibility_violations(string scheme)
    {
        var colorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var context = await site.NewContextAsync(new() { ColorScheme = colorScheme });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/account/logins/failed?error=linked_to_another_user");

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already linked to a different Tandem account");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v =>
                $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }
}
