using System.Net;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Journeys;

/// <summary>The editor shows the rendered post while the author types, through the web's /api route.</summary>
[Collection(SharedSite.Name)]
public sealed class LivePreviewJourneyTests(BrowserSystem site)
{
    [Fact]
    public async Task Typing_in_the_editor_shows_the_rendered_markdown_and_script_in_the_body_never_runs()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        await SiteSteps.SignInAsync(page, DevPerson.Unique("Ada Lovelace"), "/write");
        var preview = page.Locator("section.preview");
        await Expect(preview).ToBeHiddenAsync();

        await page.GetByLabel("Title").PressSequentiallyAsync("Notes on the <b>engine</b>");
        await page.GetByLabel("Body").PressSequentiallyAsync("The engine *weaves* **algebraic** patterns.");

        await Expect(preview.Locator(".post-body em")).ToHaveTextAsync("weaves");
        await Expect(preview.Locator(".post-body strong")).ToHaveTextAsync("algebraic");
        var heading = preview.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync("Notes on the <b>engine</b>");
        await Expect(preview.Locator("h1 b")).ToHaveCountAsync(0);

        const string Hostile =
            "\n\n<script>window.__xss = 1</script>\n\n<img src=x onerror=\"window.__xss=2\">\n\nStill *here*.";
        await page.GetByLabel("Body").PressSequentiallyAsync(Hostile);
        await Expect(preview.Locator(".post-body em").Last).ToHaveTextAsync("here");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal(0, await preview.Locator("script, [onerror]").CountAsync());
        Assert.Empty(dialogs);
        await Expect(page.GetByLabel("Body"))
            .ToHaveValueAsync("The engine *weaves* **algebraic** patterns." + Hostile);
    }

    [Fact]
    public async Task When_the_preview_fails_the_editor_says_so_quietly_and_keeps_the_text()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await SiteSteps.SignInAsync(page, DevPerson.Unique("Charles Babbage"), "/write");
        await page.RouteAsync("**/api/posts/preview", route => route.FulfillAsync(new()
        {
            Status = (int)HttpStatusCode.ServiceUnavailable,
            ContentType = "application/problem+json",
            Body = """{"status":503,"title":"The API is unavailable"}""",
        }));

        await page.GetByLabel("Title").FillAsync("Difference engine");
        await page.GetByLabel("Body").FillAsync("Tables of *logarithms*.");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Live preview is unavailable");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Difference engine");
        await Expect(page.GetByLabel("Body")).ToHaveValueAsync("Tables of *logarithms*.");
        await page.UnrouteAllAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SiteSteps.PostUrl());
        await Expect(page.Locator("article.post em")).ToHaveTextAsync("logarithms");
    }
}
