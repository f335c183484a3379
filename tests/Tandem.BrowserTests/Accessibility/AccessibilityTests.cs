using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Accessibility;

/// <summary>
/// axe-core, run in the browser on every kind of page in both colour schemes, finds nothing to fix:
/// contrast, landmarks, labels, headings, names of links and buttons.
/// </summary>
[Collection(SharedPublishedSite.Name)]
public sealed class AccessibilityTests(PublishedSite site, ITestOutputHelper output)
{
    public static TheoryData<string, string> Pages()
    {
        var rows = new TheoryData<string, string>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var page in new[]
            {
                "home", "post", "author", "signin", "provider-signin", "account", "write", "not-found",
                "signin-failed",
            })
            {
                rows.Add(page, scheme);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations_on_the_page(string name, string scheme)
    {
        var colorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var context = name is "account" or "write"
            ? await site.NewAuthorContextAsync(colorScheme)
            : await site.NewContextAsync(new() { ColorScheme = colorScheme });
        var page = await context.NewPageAsync();

        await OpenAsync(page, name);
        var result = await page.RunAxe();

        output.WriteLine($"{name} ({scheme}) at {page.Url}: {result.Passes.Length} rules passed, " +
            $"{result.Violations.Length} violated, {result.Incomplete.Length} need review.");
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    [Fact]
    public async Task Axe_reports_an_image_without_alternative_text_so_a_clean_result_means_something()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            "<!DOCTYPE html><html lang=en><title>probe</title><main><img src=/missing.png></main></html>");

        var result = await page.RunAxe();

        Assert.Contains(result.Violations, violation => violation.Id == "image-alt");
    }

    private async Task OpenAsync(IPage page, string name)
    {
        switch (name)
        {
            case "provider-signin":
                await page.GotoAsync("/signin");
                await SiteSteps.DevProviderButton(page).ClickAsync();
                await Expect(page).ToHaveTitleAsync("Sign in · Dev identity provider");
                return;
            case "not-found":
                var response = await page.GotoAsync("/no-such-page");
                Assert.Equal(404, response!.Status);
                return;
            default:
                var path = name switch
                {
                    "home" => "/",
                    "post" => site.FeaturedPostPath,
                    "author" => site.AuthorPagePath,
                    "signin" => "/signin",
                    "account" => "/account",
                    "write" => "/write",
                    "signin-failed" => "/signin/failed?error=access_denied",
                    _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such page here."),
                };
                var opened = await page.GotoAsync(path);
                Assert.Equal(200, opened!.Status);
                Assert.Equal(path, new Uri(page.Url).PathAndQuery);
                return;
        }
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" +
            string.Join("\n", v.Nodes.Select(n => $"  {n.Target}: {n.Html}\n    " +
                string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(check => check.Message))))));
}
