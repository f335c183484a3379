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

    [Fact]
    public async Task A_link_is_still_prerendered_under_the_policy()
    {
        await using var context = await site.NewContextAsync();
        var violations = PolicyViolations.Watch(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Moderate eagerness: resting the pointer on the link starts the prerender; the click then shows it.
        var link = page.Locator($"a[href='{site.FeaturedPostPath}']").First;
        await link.HoverAsync();
        await page.WaitForTimeoutAsync(1500);
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, site.FeaturedPostPath).ToString());

        var activationStart = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByType('navigation')[0].activationStart");
        Assert.True(activationStart > 0, "The post page was loaded on the click, not prerendered on hover.");
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
