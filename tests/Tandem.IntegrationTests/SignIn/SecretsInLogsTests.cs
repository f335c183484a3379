using Microsoft.AspNetCore.WebUtilities;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.SignIn;

public sealed class SecretsInLogsTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task No_token_cookie_code_or_secret_from_a_whole_sign_in_reaches_the_servers_logs()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        var callback = await SignInJourney.ToCallbackAsync(browser, person);
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        (await browser.GetAsync(callback)).Dispose();
        (await browser.GetAsync("/account")).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);
        var session = Assert.Single(await stack.SessionsOfAsync(user!.Id));
        var cookies = browser.CookieHeaderFor(stack.Web.BaseAddress).Split("; ").Select(c => c[(c.IndexOf('=') + 1)..]);

        var secrets = new[] { code, session.AccessToken!, session.Id, TandemSystem.ClientSecret }
            .Concat(cookies)
            .Select(secret => secret.Length > 24 ? secret[..24] : secret);

        Assert.NotEmpty(stack.Logs.Lines);
        Assert.All(secrets, secret => Assert.DoesNotContain(stack.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal)));
    }
}
