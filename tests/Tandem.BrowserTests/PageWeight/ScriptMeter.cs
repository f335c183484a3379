using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Tandem.BrowserTests.PageWeight;

/// <summary>
/// Loads a page and adds up the script it ships: every response the browser classed as a script, at
/// its encoded (transferred) body size, plus executable inline script elements.
/// </summary>
internal static class ScriptMeter
{
    // JSON-LD and other data blocks are script elements too, but the browser never runs them.
    private const string InlineScriptBytes = """
        () => [...document.scripts]
            .filter(s => !s.src && (s.type === '' || s.type === 'module' || /javascript|ecmascript/i.test(s.type)))
            .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent).length, 0)
        """;

    public static async Task<ScriptWeight> MeasureAsync(IPage page, string path)
    {
        var scripts = new ConcurrentQueue<IRequest>();
        void OnFinished(object? sender, IRequest request)
        {
            if (request.ResourceType == "script")
            {
                scripts.Enqueue(request);
            }
        }

        page.RequestFinished += OnFinished;
        try
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            if (response is not { Ok: true })
            {
                throw new InvalidOperationException(
                    $"{path} answered {response?.Status}, so its script cannot be weighed.");
            }
        }
        finally
        {
            page.RequestFinished -= OnFinished;
        }

        var files = new List<(string, long)>();
        foreach (var request in scripts)
        {
            var sizes = await request.SizesAsync();
            files.Add((request.Url, sizes.ResponseBodySize));
        }

        return new ScriptWeight(files, await page.EvaluateAsync<long>(InlineScriptBytes));
    }
}
