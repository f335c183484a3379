using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Journeys;

/// <summary>A visitor signs in, writes, finds, edits and signs out, clicking through the real pages.</summary>
[Collection(SharedSite.Name)]
public sealed class ReaderAndAuthorJourneyTests(BrowserSystem site)
{
    [Fact]
    public async Task A_visitor_signs_in_publishes_finds_edits_and_signs_out_by_clicking_through_the_site()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var person = DevPerson.Unique("Katherine Johnson");

        await page.GotoAsync("/");
        await SiteSteps.Header(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })
            .ClickAsync();
        await SiteSteps.ThroughDevProviderAsync(page, person);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);

        await SiteSteps.Header(page).GetByRole(AriaRole.Link, new() { Name = person.DisplayName }).ClickAsync();
        Assert.Equal("/account", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(person.DisplayName);

        await SiteSteps.Header(page).GetByRole(AriaRole.Link, new() { Name = "Write" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Orbits by hand");
        await page.GetByLabel("Body").FillAsync("""
            ## Checking the numbers

            Every *trajectory* was checked **twice**.
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SiteSteps.PostUrl());
        var postPath = new Uri(page.Url).AbsolutePath;
        var article = page.Locator("article.post");
        var title = article.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(title).ToHaveTextAsync("Orbits by hand");
        await Expect(article.Locator("h2")).ToHaveTextAsync("Checking the numbers");
        await Expect(article.Locator("em")).ToHaveTextAsync("trajectory");
        await Expect(article.Locator("strong")).ToHaveTextAsync("twice");

        await SiteSteps.Header(page).GetByRole(AriaRole.Link, new() { Name = "Tandem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Orbits by hand", Exact = true }).ClickAsync();
        Assert.Equal(postPath, new Uri(page.Url).AbsolutePath);

        await article.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Orbits by hand");
        await page.GetByLabel("Title").FillAsync("Orbits by hand, revisited");
        await page.GetByLabel("Body").FillAsync("Every trajectory was checked *three* times.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/orbits-by-hand-revisited$"));
        await Expect(title).ToHaveTextAsync("Orbits by hand, revisited");
        await Expect(article.Locator("em")).ToHaveTextAsync("three");

        await SiteSteps.SignOutAsync(page);
        await page.GotoAsync("/account");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Expect(SiteSteps.DevProviderButton(page)).ToBeVisibleAsync();
    }
}
