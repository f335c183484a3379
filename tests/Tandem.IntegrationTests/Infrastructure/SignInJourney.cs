using System.Net;
using AngleSharp.Html.Dom;

namespace Tandem.IntegrationTests.Infrastructure;

/// <summary>
/// The authorization-code flow as a browser walks it: the web server's sign-in form, the provider's
/// authorize endpoint and sign-in form, and back to the web server's callback. Every hop is real HTTP
/// and each one is checked, so a test fails at the step that broke.
/// </summary>
public static class SignInJourney
{
    /// <summary>Runs the flow up to, not including, the callback; returns the callback URL the provider sent.</summary>
    public static async Task<Uri> ToCallbackAsync(TestBrowser browser, DevPerson person, string returnUrl = "/account")
    {
        using var signInPage = await browser.GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);

        using var challenge = await browser.SubmitFormAsync(signInPage, form => form.Action.EndsWith("/signin/dev", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);

        using var authorizePage = await browser.FollowAsync(challenge);
        Assert.Equal(HttpStatusCode.OK, authorizePage.StatusCode);

        using var approved = await browser.SubmitFormAsync(authorizePage, IsPersonForm, FieldsFor(person));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var callback = TestBrowser.RedirectTarget(approved);
        Assert.Contains("/signin/callback/dev", callback.AbsolutePath, StringComparison.Ordinal);
        return callback;
    }

    /// <summary>The whole flow; returns the web server's final redirect after the callback.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(TestBrowser browser, DevPerson person, string returnUrl = "/account")
    {
        var callback = await ToCallbackAsync(browser, person, returnUrl);
        var signedIn = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return signedIn;
    }

    private static bool IsPersonForm(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>().Any(input => input.Type == "email");

    private static Dictionary<string, string> FieldsFor(DevPerson person) => new()
    {
        ["dev_name"] = person.DisplayName,
        ["dev_email"] = person.Email,
        ["dev_subject"] = person.Subject ?? string.Empty,
    };
}
