using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Navigation;

/// <summary>
/// How long a reader waits between clicking a link and seeing the next page, home to post and back, with
/// the speculation rules the site sends and with the browser refusing the rules file. Timings are
/// recorded in docs/measurements/navigation.md, never asserted: a busy machine must not fail the build.
/// What is asserted is that each click led to the right page with the right content.
/// </summary>
[Collection(SharedPublishedSite.Name)]
public sealed class NavigationTimingTests(PublishedSite site, ITestOutputHelper output)
{
    private const int Runs = 7;

    private static readonly TimeSpan Dwell = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Measures_click_to_content_between_home_and_a_post_with_and_without_speculation_rules()
    {
        var withRules = await MeasureAsync(await site.NewContextAsync());

        // The same browser with the rules file refused: the header still names it, but no rules arrive, so
        // nothing is prefetched or prerendered and every click is a plain navigation.
        var context = await site.NewContextAsync();
        await context.RouteAsync("**/speculation-rules.json", route => route.AbortAsync());
        var withoutRules = await MeasureAsync(context);

        var report = Report(withRules, withoutRules, site.BrowserVersion);
        output.WriteLine(report);
        await File.WriteAllTextAsync(MeasurementsFile(), report);
        Assert.All(withoutRules.SelectMany(r => r.Value),
            timing => Assert.False(timing.Prerendered || timing.Prefetched, "A click without rules was speculated."));
    }

    private async Task<Dictionary<string, List<NavigationTiming>>> MeasureAsync(IBrowserContext context)
    {
        await using var _ = context;
        var page = await context.NewPageAsync();
        var results = new Dictionary<string, List<NavigationTiming>> { ["home → post"] = [], ["post → home"] = [] };

        for (var run = 0; run < Runs; run++)
        {
            await page.GotoAsync("/");
            var postLink = page.Locator($"a[href='{site.FeaturedPostPath}']");
            results["home → post"].Add(await NavigationTiming.MeasureAsync(page, postLink, Dwell, async () =>
            {
                await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, site.FeaturedPostPath).ToString());
                await Expect(page.Locator("article.post h1")).ToHaveTextAsync(SamplePosts.Featured.Title);
            }));

            var homeLink = SiteSteps.Header(page).GetByRole(AriaRole.Link, new() { Name = "Tandem" });
            results["post → home"].Add(await NavigationTiming.MeasureAsync(page, homeLink, Dwell, async () =>
            {
                await Expect(page).ToHaveURLAsync(site.BaseAddress.ToString());
                await Expect(page.Locator(".post-list > li")).ToHaveCountAsync(SamplePosts.All.Count);
            }));
        }

        return results;
    }

    private static string Report(
        Dictionary<string, List<NavigationTiming>> withRules,
        Dictionary<string, List<NavigationTiming>> withoutRules,
        string chromium)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine("# Navigation: click to new content");
        text.AppendLine();
        text.Append(culture, $"Written by `{nameof(NavigationTimingTests)}` (tests/Tandem.BrowserTests/Navigation) ")
            .Append(culture, $"on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Machine: {Environment.ProcessorCount} cores, ")
            .Append(culture, $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}, Chromium {chromium} ")
            .AppendLine("(headless), the three servers on loopback in the test process, Debug build, other work " +
                "running on the machine.");
        text.AppendLine();
        text.Append(culture, $"Each run loads the page, rests the pointer on the link for {Dwell.TotalMilliseconds:F0} ms ")
            .Append("(moderate eagerness starts a prerender after 200 ms), then clicks. Click time is taken by a ")
            .Append("capturing listener on the old page; content time is the new page's first contentful paint, or ")
            .Append("its activation when it was prerendered (it was painted before the click). ")
            .AppendLine(culture, $"Medians of {Runs} runs.");
        text.AppendLine();
        text.AppendLine("| navigation | speculation rules (today) | prerendered, prefetched | rules file refused " +
            "| prerendered, prefetched |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var (name, timings) in withRules)
        {
            var off = withoutRules[name];
            text.AppendLine(culture, $"| {name} | {Median(timings):F0} ms | {How(timings)} | {Median(off):F0} ms | {How(off)} |");
        }

        if (withRules.Values.SelectMany(t => t).All(t => !t.Prerendered))
        {
            // Seen through the Preload domain of the DevTools protocol: every prerender attempt ends with
            // PrerenderingDisabledByDevTools while the test's automation client is attached.
            text.AppendLine();
            text.AppendLine("No navigation here was prerendered: Chromium refuses to prerender while an automation " +
                "client is attached (its Preload domain reports `PrerenderingDisabledByDevTools` for every " +
                "attempt), and falls back to prefetching the hovered page's document (`deliveryType` " +
                "`navigational-prefetch`), which is what the first column measures. A reader's Chromium, with " +
                "no DevTools attached, prerenders on the same rules.");
        }

        text.AppendLine();
        text.AppendLine("All runs (ms), in order:");
        text.AppendLine();
        foreach (var (label, results) in new[] { ("rules", withRules), ("off", withoutRules) })
        {
            foreach (var (name, timings) in results)
            {
                var all = string.Join(", ", timings.Select(t => t.ClickToContentMs.ToString("F0", culture)));
                text.AppendLine(culture, $"- {name}, {label}: {all}");
            }
        }

        return text.ToString();
    }

    private static string How(List<NavigationTiming> timings) => string.Create(
        CultureInfo.InvariantCulture,
        $"{timings.Count(t => t.Prerendered)}, {timings.Count(t => t.Prefetched)} of {timings.Count}");

    private static double Median(List<NavigationTiming> timings)
    {
        var sorted = timings.Select(t => t.ClickToContentMs).Order().ToArray();
        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string MeasurementsFile() => Path.Combine(RepositoryFolder.Docs("measurements"), "navigation.md");
}
