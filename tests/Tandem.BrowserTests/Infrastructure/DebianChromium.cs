using Microsoft.Playwright;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium package, driven by the Playwright driver that ships inside the NuGet package. No
/// browser is ever downloaded: Playwright's own browser builds cannot be fetched on these machines.
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// The switches Tandem's tests run Chromium with: headless, no sandbox (the tests run as root), and
    /// nothing that would reach the network behind the test's back (QUIC, component and sync updates).
    /// Playwright adds the switches its protocol needs, and a fresh profile folder under the temp folder
    /// that it deletes when the browser closes, so no state outlives one test class.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ExecutablePath}, and it is not installed. " +
                "Install it with `apt-get install chromium` (.ci/run does so on a fresh machine). " +
                "Do not run `playwright install`: these tests never download a browser.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = Arguments,
            Headless = true,
        });
    }
}
