using System.Buffers.Binary;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Screenshots;

/// <summary>
/// Pictures of the main pages of a site with some posts on it, in the light and the dark colour scheme,
/// saved to docs/screenshots/{page}-{theme}.png so a change to how the site looks shows in review.
/// </summary>
[Collection(SharedPublishedSite.Name)]
public sealed class ScreenshotTests(PublishedSite site)
{
    private const int Width = 1280;
    private const int Height = 800;

    public static TheoryData<string, string> Pages()
    {
        var rows = new TheoryData<string, string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            foreach (var page in new[] { "home", "post", "account", "signin", "editor" })
            {
                rows.Add(page, theme);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_screenshot_of_the_page_is_saved_to_the_docs(string name, string theme)
    {
        var colorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var context = name is "account" or "editor"
            ? await site.NewAuthorContextAsync(colorScheme)
            : await site.NewContextAsync(new() { ColorScheme = colorScheme });
        var page = await context.NewPageAsync();
        await OpenAsync(page, name);

        var file = System.IO.Path.Combine(ScreenshotFolder.Path, $"{name}-{theme}.png");
        var png = await page.ScreenshotAsync(new()
        {
            Path = file,
            FullPage = false,
            Animations = ScreenshotAnimations.Disabled,
        });

        Assert.Equal((Width, Height), Dimensions(png));
        Assert.Equal(png, await File.ReadAllBytesAsync(file));
    }

    private async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "home":
                await page.GotoAsync("/");
                await Expect(page.Locator(".post-list > li")).ToHaveCountAsync(SamplePosts.All.Count);
                break;
            case "post":
                await page.GotoAsync(site.FeaturedPostPath);
                await Expect(page.Locator("article.post h1")).ToHaveTextAsync(SamplePosts.Featured.Title);
                break;
            case "account":
                await page.GotoAsync("/account");
                await Expect(page.Locator("h1")).ToHaveTextAsync(SamplePosts.Featured.Author.DisplayName);
                break;
            case "signin":
                await page.GotoAsync("/signin");
                await Expect(SiteSteps.DevProviderButton(page)).ToBeVisibleAsync();
                break;
            case "editor":
                await page.GotoAsync("/write");
                await page.GetByLabel("Title").FillAsync("Drafting in the open");
                await page.GetByLabel("Body").FillAsync("""
                    A first draft is allowed to be *wrong*.

                    ## What to keep

                    - the question
                    - the examples
                    """);
                await page.GetByLabel("Body").BlurAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such page in this test.");
        }
    }

    /// <summary>Width and height from the PNG's IHDR chunk, which always comes first.</summary>
    private static (int Width, int Height) Dimensions(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)),
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
