using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.SignIn;

public sealed class ConcurrentFirstSignInTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    private const int Browsers = 50;

    [Fact]
    public async Task Fifty_simultaneous_first_sign_ins_of_one_person_create_exactly_one_user()
    {
        var person = DevPerson.Unique("Same Person");
        var browsers = Enumerable.Range(0, Browsers).Select(_ => stack.NewBrowser()).ToList();
        try
        {
            // Every browser walks the flow up to the callback; then all callbacks land at once, so the
            // user-creating step of each runs concurrently with the others.
            var callbacks = await Task.WhenAll(browsers.Select(b => SignInJourney.ToCallbackAsync(b, person)));

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

            await using var scope = stack.DatabaseScope(out var db);
            var logins = await db.ExternalLogins.Where(l => l.Provider == "dev" && l.Subject == person.Subject).ToListAsync();
            var login = Assert.Single(logins);
            Assert.Equal(1, await db.Users.CountAsync(u => u.DisplayName == "Same Person"));
            Assert.Equal(Browsers, await db.Sessions.CountAsync(s => s.UserId == login.UserId));
        }
        finally
        {
            browsers.ForEach(b => b.Dispose());
        }
    }
}
