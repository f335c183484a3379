using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.IntegrationTests.ApiTokens;

namespace Tandem.IntegrationTests.Hardening;

/// <summary>An API 429 on a page's call gives the visitor a 429 page saying to wait and retry.</summary>
public sealed class ApiRefusalPageTests(UserApiLimitSystem stack) : IClassFixture<UserApiLimitSystem>
{
    [Fact]
    public async Task A_page_over_the_users_api_limit_answers_429_with_the_apis_retry_after_then_recovers()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();

        using var refused = await Burst.UntilRefusedAsync(
            () => browser.GetAsync("/account"), UserApiLimitSystem.PerUserLimit);

        Assert.Equal(UserApiLimitSystem.PerUserWindow, Burst.RetryAfter(refused));
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Too many requests</h1>", html, StringComparison.Ordinal);
        Assert.Contains("more requests from you than it accepts", html, StringComparison.Ordinal);
        Assert.Contains("Please wait 3 seconds, then try again.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("429", html, StringComparison.Ordinal);

        await Burst.WaitOutAsync(refused);
        using var recovered = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task A_token_form_over_the_token_creation_limit_answers_429_and_creates_nothing()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);
        using (var first = await TokenPage.PostCreateAsync(browser, "first", 30))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        // A fresh per-user window, so that only the token-creation limit can refuse the second.
        await Task.Delay(UserApiLimitSystem.PerUserWindow + TimeSpan.FromMilliseconds(300));
        using var second = await TokenPage.PostCreateAsync(browser, "second", 30);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), Burst.RetryAfter(second));
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Please wait 3600 seconds, then try again.", html, StringComparison.Ordinal);
        Assert.Null(await TokenPage.ShownSecretAsync(second));
        await using var scope = stack.DatabaseScope(out var db);
        var names = await db.ApiTokens.Where(t => t.UserId == user!.Id).Select(t => t.Name).ToListAsync();
        Assert.Equal(["first"], names);
    }
}
