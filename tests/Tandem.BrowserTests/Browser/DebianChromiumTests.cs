using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;

namespace Tandem.BrowserTests.Browser;

/// <summary>The suite's browser: Debian's Chromium, with the agreed switches and a profile of its own.</summary>
public sealed class DebianChromiumTests
{
    [Fact]
    public async Task Chromium_runs_with_the_suites_switches_in_a_fresh_profile_that_is_deleted_when_it_closes()
    {
        using var playwright = await Playwright.CreateAsync();
        var browser = await DebianChromium.LaunchAsync(playwright);
        string userDataDir;
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync("chrome://version");
            var commandLine = await page.Locator("#command_line").InnerTextAsync();
            var profile = await page.Locator("#profile_path").InnerTextAsync();
            userDataDir = Path.GetDirectoryName(profile)!;

            Assert.All(DebianChromium.Arguments, argument =>
                Assert.Contains(argument, commandLine, StringComparison.Ordinal));
            Assert.Contains($"--user-data-dir={userDataDir}", commandLine, StringComparison.Ordinal);
            Assert.StartsWith(Path.GetTempPath(), userDataDir, StringComparison.Ordinal);
        }
        finally
        {
            await browser.CloseAsync();
        }

        Assert.False(Directory.Exists(userDataDir), $"Chromium's profile folder {userDataDir} outlived the browser.");
    }
}
