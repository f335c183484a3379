using Tandem.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Tandem.BrowserTests.PageWeight;

/// <summary>Only the editor loads script, and only its small live-preview module.</summary>
[Collection(SharedSite.Name)]
public sealed class EditorScriptTests(BrowserSystem site, ITestOutputHelper output)
{
    /// <summary>The live preview's whole budget, in bytes as transferred.</summary>
    private const long EditorBudgetBytes = 2 * 1024;

    [Fact]
    public async Task The_editor_loads_only_its_preview_module_of_under_2_KB_and_reading_pages_load_no_script()
    {
        await using var author = await site.NewContextAsync();
        var page = await author.NewPageAsync();
        await SiteSteps.SignInAsync(page, DevPerson.Unique("Frances Allen"));
        var postPath = await SiteSteps.PublishAsync(page, "Optimizing compilers", "Flow *analysis* first.");

        var editor = await ScriptMeter.MeasureAsync(page, "/write");
        await using var reader = await site.NewContextAsync();
        var readerPage = await reader.NewPageAsync();
        var home = await ScriptMeter.MeasureAsync(readerPage, "/");
        var post = await ScriptMeter.MeasureAsync(readerPage, postPath);

        output.WriteLine($"Editor: {editor}");
        output.WriteLine($"Home page: {home}");
        output.WriteLine($"Post page: {post}");
        var module = Assert.Single(editor.Files);
        Assert.Matches("/js/post-preview[^/]*\\.js$", new Uri(module.Url).AbsolutePath);
        Assert.Equal(0, editor.InlineBytes);
        Assert.InRange(editor.TotalBytes, 1, EditorBudgetBytes);
        Assert.Equal(0, home.TotalBytes);
        Assert.Empty(home.Files);
        Assert.Equal(0, post.TotalBytes);
        Assert.Empty(post.Files);
    }
}
