using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace Tandem.IntegrationTests.Linking;

/// <summary>
/// Sign-ins and links through either dev provider, walked hop by hop as a browser would, with control over
/// whether the provider vouches for the e-mail address.
/// </summary>
internal static class LinkingJourney
{
    public const string Dev = "dev";

    public const string Dev2 = TwoProviderSystem.SecondProvider;

    public const string LoginsPage = "/account/logins";

    /// <summary>A whole sign-in with <paramref name="provider"/>; returns the web server's redirect after the callback.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(
        TestBrowser browser, string provider, DevPerson person, bool emailVerified = true)
    {
        var callback = await SignInToCallbackAsync(browser, provider, person, emailVerified);
        var signedIn = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn;
    }

    /// <summary>A sign-in with <paramref name="provider"/> up to, not including, the callback.</summary>
    public static async Task<Uri> SignInToCallbackAsync(
        TestBrowser browser, string provider, DevPerson person, bool emailVerified = true)
    {
        using var signInPage = await browser.GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(LoginsPage));
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);

        using var challenge = await browser.SubmitFormAsync(
            signInPage, form => form.Action.EndsWith("/signin/" + provider, StringComparison.Ordinal));
        return await ThroughProviderAsync(browser, challenge, provider, person, emailVerified);
    }

    /// <summary>From the sign-in methods page, "Link …" and the provider's form, up to (not including) the callback.</summary>
    public static async Task<Uri> StartLinkAsync(
        TestBrowser browser, string provider, DevPerson person, bool emailVerified = true, string? actionOverride = null)
    {
        using var logins = await browser.GetAsync(LoginsPage);
        Assert.Equal(HttpStatusCode.OK, logins.StatusCode);

        using var challenge = await browser.SubmitFormAsync(
            logins, form => form.Action.Contains("/link/", StringComparison.Ordinal), actionOverride: actionOverride);
        return await ThroughProviderAsync(browser, challenge, provider, person, emailVerified);
    }

    /// <summary>A whole link; returns the web server's redirect after the callback.</summary>
    public static async Task<HttpResponseMessage> LinkAsync(
        TestBrowser browser, string provider, DevPerson person, bool emailVerified = true)
    {
        var callback = await StartLinkAsync(
            browser, provider, person, emailVerified, actionOverride: $"{LoginsPage}/link/{provider}");
        var linked = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        return linked;
    }

    /// <summary>
    /// An owner signs in with the second provider; then a new person, signed in with the first, links that
    /// same second-provider account, which the web server refuses.
    /// </summary>
    public static async Task<RefusedLink> LinkAnotherUsersLoginAsync(
        TwoProviderSystem stack, string personName)
    {
        var owner = DevPerson.Unique("Owner of " + personName);
        using (var ownersBrowser = stack.NewBrowser())
        {
            (await SignInAsync(ownersBrowser, Dev2, owner)).Dispose();
        }

        var browser = stack.NewBrowser();
        var person = DevPerson.Unique(personName);
        (await SignInAsync(browser, Dev, person)).Dispose();

        var refused = await LinkAsync(browser, Dev2, owner);
        var personId = await stack.UserIdOfAsync(Dev, person);
        return new RefusedLink(browser, personId, owner, await stack.UserIdOfAsync(Dev2, owner), refused);
    }

    /// <summary>Posts the unlink form for login <paramref name="loginId"/>, with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> UnlinkAsync(TestBrowser browser, long loginId)
    {
        using var logins = await browser.GetAsync(LoginsPage);
        Assert.Equal(HttpStatusCode.OK, logins.StatusCode);

        // Any form of the page carries the token; the unlink form itself is absent for a last login.
        var unlinked = await browser.SubmitFormAsync(
            logins, form => form.Method.Equals("post", StringComparison.OrdinalIgnoreCase),
            actionOverride: $"{LoginsPage}/{loginId}/unlink");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        return unlinked;
    }

    /// <summary>The path and query a redirect leads to.</summary>
    public static string Target(HttpResponseMessage redirect) => TestBrowser.RedirectTarget(redirect).PathAndQuery;

    /// <summary>Calls the API as a script holding a session's JWT would.</summary>
    public static async Task<HttpResponseMessage> CallApiAsync(
        TandemSystem stack, HttpMethod method, string path, string? accessToken)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await http.SendAsync(request);
    }

    private static async Task<Uri> ThroughProviderAsync(
        TestBrowser browser, HttpResponseMessage challenge, string provider, DevPerson person, bool emailVerified)
    {
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);

        using var authorizePage = await browser.FollowAsync(challenge);
        Assert.Equal(HttpStatusCode.OK, authorizePage.StatusCode);

        using var approved = await browser.SubmitFormAsync(authorizePage, IsPersonForm, new Dictionary<string, string>
        {
            ["dev_name"] = person.DisplayName,
            ["dev_email"] = person.Email,
            ["dev_subject"] = person.Subject ?? string.Empty,
            ["dev_email_verified"] = emailVerified ? "true" : "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var callback = TestBrowser.RedirectTarget(approved);
        Assert.Equal("/signin/callback/" + provider, callback.AbsolutePath);
        return callback;
    }

    private static bool IsPersonForm(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>().Any(input => input.Type == "email");
}
