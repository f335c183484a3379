using System.Net;
using Microsoft.EntityFrameworkCore;
using static Tandem.IntegrationTests.Linking.LinkingJourney;

namespace Tandem.IntegrationTests.Linking;

[Collection(LinkingTestGroup.Name)]
public sealed class EmailLinkingTests(TwoProviderSystem stack)
{
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public async Task A_first_sign_in_joins_the_account_with_the_same_address_only_when_both_providers_verified_it(
        bool existingVerified, bool newVerified, bool joined)
    {
        var existing = DevPerson.Unique("Existing");
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, existing, existingVerified)).Dispose();
        }

        // The same address, differently cased, at the other provider under another subject.
        var newcomer = DevPerson.Unique("Newcomer") with { Email = existing.Email.ToUpperInvariant() };
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev2, newcomer, newVerified)).Dispose();
        }

        var existingId = await stack.UserIdOfAsync(Dev, existing);
        Assert.Equal(joined, existingId == await stack.UserIdOfAsync(Dev2, newcomer));
        var login = (await stack.LoginAsync(Dev2, newcomer))!;
        Assert.Equal(newcomer.Email, login.Email);
        Assert.Equal(newVerified, login.EmailVerified);
    }

    [Fact]
    public async Task A_verified_address_held_by_two_accounts_joins_neither()
    {
        var address = DevPerson.Unique().Email;
        var first = DevPerson.Unique("First") with { Email = address };
        var second = DevPerson.Unique("Second") with { Email = address };
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, first)).Dispose();
        }

        // Unverified at first, so it opens its own account; verified at its next sign-in, which updates the login.
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev2, second, emailVerified: false)).Dispose();
        }

        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev2, second, emailVerified: true)).Dispose();
        }

        Assert.True((await stack.LoginAsync(Dev2, second))!.EmailVerified);

        var third = DevPerson.Unique("Third") with { Email = address };
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, third)).Dispose();
        }

        var thirdId = await stack.UserIdOfAsync(Dev, third);
        Assert.NotEqual(await stack.UserIdOfAsync(Dev, first), thirdId);
        Assert.NotEqual(await stack.UserIdOfAsync(Dev2, second), thirdId);
    }

    [Fact]
    public async Task A_login_forgets_a_verified_address_once_its_provider_stops_vouching_for_it()
    {
        var person = DevPerson.Unique("Changing");
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, person, emailVerified: true)).Dispose();
        }

        var changed = person with { Email = "changed-" + person.Email };
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, changed, emailVerified: false)).Dispose();
        }

        var login = (await stack.LoginAsync(Dev, person))!;
        Assert.Equal(changed.Email, login.Email);
        Assert.False(login.EmailVerified);

        // The old address no longer leads anywhere.
        var newcomer = DevPerson.Unique("Old Address") with { Email = person.Email };
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev2, newcomer)).Dispose();
        }

        Assert.NotEqual(login.UserId, await stack.UserIdOfAsync(Dev2, newcomer));
    }

    [Fact]
    public async Task Fifty_simultaneous_first_sign_ins_joined_by_address_add_exactly_one_login_to_the_account()
    {
        const int Browsers = 50;
        var existing = DevPerson.Unique("Joined Fifty");
        using (var browser = stack.NewBrowser())
        {
            (await SignInAsync(browser, Dev, existing)).Dispose();
        }

        var existingId = await stack.UserIdOfAsync(Dev, existing);
        var newcomer = DevPerson.Unique("Joined Fifty Too") with { Email = existing.Email };
        var browsers = Enumerable.Range(0, Browsers).Select(_ => stack.NewBrowser()).ToList();
        try
        {
            var callbacks = await Task.WhenAll(browsers.Select(b => SignInToCallbackAsync(b, Dev2, newcomer)));

            using var start = new SemaphoreSlim(0);
            var landing = browsers.Select(async (browser, i) =>
            {
                await start.WaitAsync();
                using var response = await browser.GetAsync(callbacks[i]);
                return response.StatusCode;
            }).ToList();
            start.Release(Browsers);
            var statuses = await Task.WhenAll(landing);

            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
            Assert.Equal([Dev, Dev2], (await stack.LoginsOfAsync(existingId)).Select(l => l.Provider));
            await using var scope = stack.DatabaseScope(out var db);
            Assert.Equal(0, await db.Users.CountAsync(u => u.DisplayName == newcomer.DisplayName));
            Assert.Equal(Browsers + 1, await db.Sessions.CountAsync(s => s.UserId == existingId));
        }
        finally
        {
            browsers.ForEach(b => b.Dispose());
        }
    }
}
