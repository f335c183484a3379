using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.SignIn;

public sealed class FailedSignInTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_callback_with_a_forged_state_lands_on_a_page_that_explains_and_offers_a_retry()
    {
        using var browser = stack.NewBrowser();

        using var callback = await browser.GetAsync("/signin/callback/dev?code=forged&state=forged");

        await AssertFailurePageAsync(browser, callback, "could not be completed");
    }

    [Fact]
    public async Task A_callback_for_a_flow_this_browser_did_not_start_is_refused()
    {
        using var victim = stack.NewBrowser();
        using var attacker = stack.NewBrowser();
        var person = DevPerson.Unique();
        var attackersCallback = await SignInJourney.ToCallbackAsync(attacker, person);

        using var callback = await victim.GetAsync(attackersCallback);

        await AssertFailurePageAsync(victim, callback, "could not be completed");
        Assert.Null(await stack.FindUserAsync("dev", person.Subject!));
    }

    [Fact]
    public async Task A_callback_replayed_after_it_succeeded_is_refused()
    {
        using var browser = stack.NewBrowser();
        var callbackUrl = await SignInJourney.ToCallbackAsync(browser, DevPerson.Unique());
        (await browser.GetAsync(callbackUrl)).Dispose();

        using var replayed = await browser.GetAsync(callbackUrl);

        await AssertFailurePageAsync(browser, replayed, "could not be completed");
    }

    [Fact]
    public async Task A_sign_in_the_provider_denied_says_so_and_stores_nothing()
    {
        using var browser = stack.NewBrowser();
        var callbackUrl = await SignInJourney.ToCallbackAsync(browser, DevPerson.Unique());
        var state = QueryHelpers.ParseQuery(callbackUrl.Query)["state"].ToString();
        await using var scope = stack.DatabaseScope(out var db);
        var usersBefore = await db.Users.CountAsync();

        var issuer = Uri.EscapeDataString(stack.Identity.BaseAddress.ToString());

        // What the provider sends when the person refuses, including its issuer (RFC 9207).
        using var denied = await browser.GetAsync($"/signin/callback/dev?error=access_denied&state={Uri.EscapeDataString(state)}&iss={issuer}");

        await AssertFailurePageAsync(browser, denied, "cancelled");
        Assert.Equal(usersBefore, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Starting_a_sign_in_with_an_unknown_provider_lands_on_the_failure_page()
    {
        using var browser = stack.NewBrowser();
        using var signInPage = await browser.GetAsync("/signin");

        using var started = await browser.SubmitFormAsync(
            signInPage, form => form.Action.EndsWith("/signin/dev", StringComparison.Ordinal), actionOverride: "/signin/nowhere");

        await AssertFailurePageAsync(browser, started, "not available");
    }

    [Fact]
    public async Task Starting_a_sign_in_without_the_anti_forgery_token_is_refused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = stack.Web.BaseAddress };
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });

        using var forged = await http.PostAsync(new Uri("/signin/dev", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static async Task AssertFailurePageAsync(TestBrowser browser, HttpResponseMessage response, string explanation)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = TestBrowser.RedirectTarget(response);
        Assert.Equal("/signin/failed", target.AbsolutePath);

        using var page = await browser.GetAsync(target);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("You are not signed in", html, StringComparison.Ordinal);
        Assert.Contains(explanation, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin\"", html, StringComparison.Ordinal);
    }
}
