using System.Text.Json;
using Microsoft.Playwright;

namespace Tandem.BrowserTests.Navigation;

/// <summary>
/// Click-to-content time of one page-to-page navigation, read from the browser's own clocks: the click is
/// stamped by a capturing listener on the old page, the new content by the new page's first contentful
/// paint (or, for a page that was prerendered and so already painted, its activation).
/// </summary>
internal sealed record NavigationTiming(double ClickToContentMs, bool Prerendered, bool Prefetched)
{
    private const string StampClick = """
        () => document.addEventListener('click',
            () => localStorage.setItem('tandem-click-at', String(performance.timeOrigin + performance.now())),
            { capture: true, once: true })
        """;

    private const string ReadShown = """
        async () => {
            const navigation = performance.getEntriesByType('navigation')[0];
            const activation = navigation.activationStart || 0;
            const paint = await new Promise(resolve => {
                const seen = performance.getEntriesByName('first-contentful-paint')[0];
                if (seen) { resolve(seen.startTime); return; }
                new PerformanceObserver((list, observer) => {
                    observer.disconnect();
                    resolve(list.getEntries()[0].startTime);
                }).observe({ type: 'paint', buffered: true });
            });
            return {
                clickAt: Number(localStorage.getItem('tandem-click-at')),
                shownAt: performance.timeOrigin + Math.max(activation, paint),
                prerendered: activation > 0,
                prefetched: navigation.deliveryType === 'navigational-prefetch',
            };
        }
        """;

    /// <summary>Hovers <paramref name="link"/> for <paramref name="dwell"/>, clicks it, and waits for
    /// <paramref name="arrived"/> to hold on the new page.</summary>
    public static async Task<NavigationTiming> MeasureAsync(
        IPage page, ILocator link, TimeSpan dwell, Func<Task> arrived)
    {
        await page.EvaluateAsync(StampClick);

        // A reader's pointer rests on a link before the click; moderate eagerness starts after 200 ms.
        await link.HoverAsync();
        await page.WaitForTimeoutAsync((float)dwell.TotalMilliseconds);
        await link.ClickAsync();
        await arrived();

        var shown = await page.EvaluateAsync<JsonElement>(ReadShown);
        var clickAt = shown.GetProperty("clickAt").GetDouble();
        Assert.True(clickAt > 0, "The old page never stamped the click.");
        return new NavigationTiming(
            shown.GetProperty("shownAt").GetDouble() - clickAt,
            shown.GetProperty("prerendered").GetBoolean(),
            shown.GetProperty("prefetched").GetBoolean());
    }
}
