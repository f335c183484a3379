using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Security;

/// <summary>Script an author puts in a post never runs in a reader's browser.</summary>
[Collection(SharedSite.Name)]
public sealed class ScriptInPostsTests(BrowserSystem site)
{
    private const string Body =
        "Harmless words.\n\n" +
        "<script>window.__xss = 1</script>\n\n" +
        "<img src=x onerror=\"window.__xss=2\">\n\n" +
        "[x](javascript:window.__xss=3)\n";

    [Fact]
    public async Task Script_tags_event_handlers_and_javascript_links_in_a_post_never_run()
    {
        await using var author = await site.NewContextAsync();
        var writer = await author.NewPageAsync();
        await SiteSteps.SignInAsync(writer, DevPerson.Unique("Mallory"));
        var postPath = await SiteSteps.PublishAsync(writer, "Nothing to see here", Body);

        await using var readerContext = await site.NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        var dialogs = new List<string>();
        reader.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };

        // The image has to have failed to load before its onerror handler could have run.
        await reader.GotoAsync(postPath, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(reader.Locator("article.post")).ToContainTextAsync("Harmless words.");
        Assert.Equal("undefined", await reader.EvaluateAsync<string>("() => typeof window.__xss"));

        // The javascript: address is gone, so the link text is all that is left to click.
        var link = reader.Locator("article.post .post-body").GetByText("x", new() { Exact = true });
        await link.ClickAsync();
        await reader.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(postPath, new Uri(reader.Url).AbsolutePath);
        Assert.Equal("undefined", await reader.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Empty(dialogs);
    }
}
