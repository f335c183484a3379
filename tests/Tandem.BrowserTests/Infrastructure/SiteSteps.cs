using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// What a person does on the site, as clicks and typing on the rendered pages. Every step waits for
/// the page it leads to, so a test fails at the step that broke.
/// </summary>
internal static partial class SiteSteps
{
    /// <summary>The header's navigation: the sign-in link, or the author's name and "Sign out".</summary>
    public static ILocator Header(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>The sign-in page's button that starts a sign-in at the dev identity provider.</summary>
    public static ILocator DevProviderButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue with Dev identity provider" });

    /// <summary>Signs in from Tandem's sign-in page, landing on <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(IPage page, DevPerson person, string returnUrl = "/account")
    {
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await ThroughDevProviderAsync(page, person);
        Assert.Equal(returnUrl, new Uri(page.Url).PathAndQuery);
    }

    /// <summary>From Tandem's sign-in page: the dev provider's form, filled in and sent.</summary>
    public static async Task ThroughDevProviderAsync(IPage page, DevPerson person)
    {
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        var web = new Uri(page.Url).GetLeftPart(UriPartial.Authority);

        await DevProviderButton(page).ClickAsync();
        await Expect(page).ToHaveTitleAsync("Sign in · Dev identity provider");
        await page.GetByLabel("Display name").FillAsync(person.DisplayName);
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(person.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        // The callback on Tandem's side answers with a redirect, so the first Tandem page that loads is
        // where the sign-in ended: the return address, or the page that says why it failed.
        try
        {
            // The URL is polled rather than awaited as a navigation: a redirect chain can end before the wait
            // starts, and waiting for its load event then never finishes.
            await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(web) + "/"));
        }
        catch (PlaywrightException exception)
        {
            // Say where the browser stopped and what that page said, so a failure names its cause.
            throw new TimeoutException(
                $"The provider never sent the browser back; it stayed at {page.Url}: {await page.Locator("body").InnerTextAsync()}",
                exception);
        }
        Assert.False(new Uri(page.Url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal),
            $"The sign-in ended at {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        var name = Header(page).GetByRole(AriaRole.Link, new() { Name = person.DisplayName });
        await Expect(name).ToBeVisibleAsync();
    }

    /// <summary>Writes a post in the editor and presses Publish; returns the path of the new post.</summary>
    public static async Task<string> PublishAsync(IPage page, string title, string body)
    {
        await page.GotoAsync("/write");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Body").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PostUrl());
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>The header's "Sign out" button; the site answers with its home page, signed out.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await Header(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var signIn = Header(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true });
        await Expect(signIn).ToBeVisibleAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }

    [GeneratedRegex("/posts/[0-9]+/[a-z0-9-]+$")]
    public static partial Regex PostUrl();
}
