using Tandem.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Tandem.BrowserTests.PageWeight;

/// <summary>The pages most people read ship next to no script: they are rendered on the server.</summary>
[Collection(SharedSite.Name)]
public sealed class ScriptBudgetTests(BrowserSystem site, ITestOutputHelper output)
{
    /// <summary>The most script, in compressed bytes, that the home page or a post page may ship.</summary>
    private const long BudgetBytes = 12 * 1024;

    [Fact]
    public async Task The_home_page_and_a_post_page_each_ship_at_most_12_KB_of_script()
    {
        await using var author = await site.NewContextAsync();
        var writer = await author.NewPageAsync();
        await SiteSteps.SignInAsync(writer, DevPerson.Unique("Barbara Liskov"));
        var postPath = await SiteSteps.PublishAsync(
            writer, "Substitution", "Subtypes must keep the *promises* of their base types.");

        await using var reader = await site.NewContextAsync();
        var page = await reader.NewPageAsync();
        var home = await ScriptMeter.MeasureAsync(page, "/");
        var post = await ScriptMeter.MeasureAsync(page, postPath);

        output.WriteLine($"Home page: {home}");
        output.WriteLine($"Post page: {post}");
        Assert.True(home.TotalBytes <= BudgetBytes, $"The home page ships {home}; the budget is {BudgetBytes:N0}.");
        Assert.True(post.TotalBytes <= BudgetBytes, $"The post page ships {post}; the budget is {BudgetBytes:N0}.");
    }

    [Fact]
    public async Task The_meter_counts_scripts_at_their_compressed_size_and_inline_script_but_not_data_blocks()
    {
        var script = "window.probe = '" + new string('x', 30_000) + "';";
        await using var probe = await ScriptProbeServer.StartAsync(script);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        var weight = await ScriptMeter.MeasureAsync(page, probe.PageAddress.ToString());

        output.WriteLine($"Probe page ({script.Length:N0} bytes of script before compression): {weight}");
        Assert.Equal(30_000, await page.EvaluateAsync<int>("() => window.probe.length"));
        var file = Assert.Single(weight.Files);
        Assert.EndsWith("/probe.js", file.Url, StringComparison.Ordinal);
        Assert.InRange(file.Bytes, 1, 1024);
        Assert.Equal(ScriptProbeServer.InlineScript.Length, weight.InlineBytes);
    }
}
