using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Security;

/// <summary>
/// The site's Content Security Policy, enforced by a real Chromium: everything the site does still works
/// under it, and what it forbids is both refused and reported.
/// </summary>
[Collection(SharedPublishedSite.Name)]
public sealed class ContentSecurityPolicyTests(PublishedSite site)
{
    private const string SpeculationRulesPath = "/speculation-rules.json";

    [Fact]
    public async Task Signing_in_writing_and_reading_raise_no_policy_violation()
    {
        await using var context = await site.NewContextAsync();
        var violations = PolicyViolations.Watch(context);
        var page = await context.NewPageAsync();

        // The sign-in form posts to this site, which redirects to the provider on another port: form-action
        // has to allow the provider, or Chromium stops the sign-in here.
        await SiteSteps.SignInAsync(page, DevPerson.Unique("Policy Reader"));
        var postPath = await SiteSteps.PublishAsync(page, "Under the policy", "Written *with* a strict policy.");
        await page.GotoAsync(site.FeaturedPostPath, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GotoAsync(postPath, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await SiteSteps.SignOutAsync(page);

        Assert.True(violations.Messages.Count == 0, violations.Describe());
    }

    /// <remarks>
    /// Only the fetch of the rules is checked: this headless Chromium activates no prerender on a hover
    /// even without the policy (tried with the policy bypassed), so activation cannot be observed here.
    /// </remarks>
    [Fact]
    public async Task The_speculation_rules_are_fetched_under_the_policy_without_a_violation()
    {
        await using var context = await site.NewContextAsync();
        var violations = PolicyViolations.Watch(context);
        var page = await context.NewPageAsync();
        var rules = page.WaitForResponseAsync(response => response.Url.EndsWith(
            SpeculationRulesPath, StringComparison.Ordinal));

        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator($"a[href='{site.FeaturedPostPath}']").First.HoverAsync();
        await page.WaitForTimeoutAsync(1000);

        Assert.Equal(200, (await rules).Status);
        Assert.True(violations.Messages.Count == 0, violations.Describe());
    }

    [Fact]
    public async Task An_inline_script_is_refused_and_the_refusal_is_reported()
    {
        await using var context = await site.NewContextAsync();
        var violations = PolicyViolations.Watch(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.EvaluateAsync("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.__inlineRan = true';
                document.head.append(script);
            }
            """);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__inlineRan"));
        await Expect(page.Locator("body")).ToBeVisibleAsync();
        for (var i = 0; i < 50 && violations.Messages.Count == 0; i++)
        {
            await page.WaitForTimeoutAsync(100);
        }

        var violation = Assert.Single(violations.Messages);
        Assert.Contains("script-src", violation, StringComparison.Ordinal);
    }
}
