using Microsoft.Playwright;
using Tandem.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tandem.BrowserTests.Journeys;

/// <summary>
/// A person signed in on two devices ends the other one's session from the first, then deletes the account,
/// clicking through the real pages.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class SessionsAndDeletionJourneyTests(BrowserSystem site)
{
    private const string PhoneUserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) " +
        "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task A_person_ends_their_other_devices_session_and_then_deletes_their_account()
    {
        var person = DevPerson.Unique("Dorothy Vaughan");
        await using var laptopContext = await site.NewContextAsync();
        await using var phoneContext = await site.NewContextAsync(new() { UserAgent = PhoneUserAgent });
        var laptop = await laptopContext.NewPageAsync();
        var phone = await phoneContext.NewPageAsync();
        await SiteSteps.SignInAsync(laptop, person);
        await SiteSteps.SignInAsync(phone, person);

        await laptop.GetByRole(AriaRole.Navigation, new() { Name = "Account" })
            .GetByRole(AriaRole.Link, new() { Name = "Sessions" }).ClickAsync();
        Assert.Equal("/account/sessions", new Uri(laptop.Url).AbsolutePath);
        await Expect(laptop.Locator(".sessions li")).ToHaveCountAsync(2);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "End the session on Safari on iPhone" }).ClickAsync();

        await Expect(laptop.Locator(".sessions li")).ToHaveCountAsync(1);
        await Expect(laptop.Locator(".sessions li .badge")).ToHaveTextAsync("this device");
        await phone.GotoAsync("/account");
        Assert.Equal("/signin", new Uri(phone.Url).AbsolutePath);

        await laptop.GetByRole(AriaRole.Link, new() { Name = "Activity" }).ClickAsync();
        await Expect(laptop.Locator("table.activity")).ToContainTextAsync("Session ended");

        await laptop.GetByRole(AriaRole.Link, new() { Name = "Delete account" }).ClickAsync();
        var handle = await laptop.Locator("label[for=confirm] strong").InnerTextAsync();
        await laptop.GetByLabel("to confirm").FillAsync("not-" + handle);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all its data" }).ClickAsync();
        await Expect(laptop.GetByRole(AriaRole.Alert)).ToContainTextAsync("That is not your handle");

        await laptop.GetByLabel("to confirm").FillAsync(handle);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all its data" }).ClickAsync();

        await Expect(laptop.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Your account has been deleted");
        Assert.Equal("/account/deleted", new Uri(laptop.Url).AbsolutePath);
        await Expect(SiteSteps.Header(laptop).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }))
            .ToBeVisibleAsync();
        var author = await laptop.GotoAsync("/u/" + handle);
        Assert.Equal(404, author!.Status);
    }
}
