using System.Net;
using System.Text.RegularExpressions;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>/account: the user, their post count, their newest posts and where they are signed in.</summary>
public sealed class AccountPageTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task Shows_the_post_count_and_every_live_session_marking_this_device()
    {
        var person = DevPerson.Unique();
        using var laptop = await AccountSteps.SignInAsync(stack, person, Devices.FirefoxOnLinux);
        using var phone = await AccountSteps.SignInAsync(stack, person, Devices.SafariOnIPhone);
        using var ended = await AccountSteps.SignInAsync(stack, person, Devices.ChromeOnWindows);
        using (await AccountSteps.EndAsync(laptop, AccountSteps.ListedId(ended.Session.Id)))
        {
        }

        using var page = await laptop.Browser.GetAsync("/account");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Matches(@"<dt>Posts</dt>\s*<dd>0</dd>", html);
        var sessions = html[html.IndexOf("Where you are signed in", StringComparison.Ordinal)..];
        Assert.Contains("Firefox on Linux", sessions, StringComparison.Ordinal);
        Assert.Contains("Safari on iPhone", sessions, StringComparison.Ordinal);
        Assert.DoesNotContain("Windows", sessions, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(sessions, "class=\"badge\">this device<"));
        Assert.DoesNotContain(phone.Session.Id, html, StringComparison.Ordinal);
    }
}
