using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.NoScript;

/// <summary>
/// Every page is a server-rendered document and every action a plain form post, so the whole site
/// works in a browser with JavaScript turned off.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class WithoutJavaScriptTests(BrowserSystem site)
{
    [Fact]
    public async Task Reading_signing_in_writing_and_signing_out_all_work_with_javascript_disabled()
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<p id=probe></p><script>probe.textContent = 'ran'</script>");
        await Expect(page.Locator("#probe")).ToBeEmptyAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Newest posts" })).ToBeVisibleAsync();

        await page.GotoAsync("/signin?returnUrl=%2Fwrite");
        await SiteSteps.ThroughDevProviderAsync(page, DevPerson.Unique("Margaret Hamilton"));
        Assert.Equal("/write", new Uri(page.Url).AbsolutePath);

        await page.GetByLabel("Title").FillAsync("Software engineering");
        await page.GetByLabel("Body").FillAsync("The term was *coined* while writing flight software.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator(".preview em")).ToHaveTextAsync("coined");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SiteSteps.PostUrl());
        var postPath = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("article.post em")).ToHaveTextAsync("coined");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Software engineering" }).ClickAsync();
        Assert.Equal(postPath, new Uri(page.Url).AbsolutePath);

        await SiteSteps.SignOutAsync(page);
        await page.GotoAsync("/account");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
    }
}
