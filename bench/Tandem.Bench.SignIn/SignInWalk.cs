using AngleSharp.Html.Dom;

namespace Tandem.Bench.SignIn;

/// <summary>
/// The sign-in a person does in a browser, hop by hop: Tandem's sign-in page, the post that starts the
/// authorization-code flow, the dev provider's form, its redirect back to Tandem's callback, and finally
/// /account, whose first rendering stores the session's JWT in the shared database.
/// </summary>
internal static class SignInWalk
{
    private static readonly Dictionary<string, string> NoFields = [];

    /// <summary>Signs <paramref name="user"/> in and returns the session cookie's value.</summary>
    public static async Task<string> RunAsync(
        Uri web, BenchUser user, string cookieName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var browser = new BenchBrowser(timeout);

        var signInPage = (await browser.GetAsync(new Uri(web, "/signin?returnUrl=%2Faccount"), cancellationToken))
            .EnsureOk("Tandem's sign-in page");

        var challenge = await browser.SubmitAsync(signInPage, IsDevProviderForm, NoFields, cancellationToken);
        var authorize = challenge.RedirectTarget("Starting the dev sign-in");
        var providerPage = (await browser.GetAsync(authorize, cancellationToken))
            .EnsureOk("The dev provider's sign-in page");

        var approved = await browser.SubmitAsync(providerPage, IsPersonForm, FieldsFor(user), cancellationToken);
        var callback = approved.RedirectTarget("Submitting the dev provider's form");

        var signedIn = await browser.GetAsync(callback, cancellationToken);
        var landing = signedIn.RedirectTarget("Tandem's sign-in callback");

        var account = (await browser.GetAsync(landing, cancellationToken)).EnsureOk("The account page");
        if (!account.Html.Contains(user.DisplayName, StringComparison.Ordinal))
        {
            throw new SignInStepException($"The account page of {user.Email} does not show '{user.DisplayName}'.");
        }

        return browser.CookieValue(web, cookieName)
            ?? throw new SignInStepException($"{user.Email} signed in but holds no '{cookieName}' cookie for {web}.");
    }

    private static bool IsDevProviderForm(IHtmlFormElement form) =>
        (form.GetAttribute("action") ?? string.Empty).EndsWith("/signin/dev", StringComparison.Ordinal);

    // The provider's own form is the one with an e-mail box; the others sign in made-up test people.
    private static bool IsPersonForm(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>().Any(input => input.Type == "email");

    private static Dictionary<string, string> FieldsFor(BenchUser user) => new(StringComparer.Ordinal)
    {
        ["dev_name"] = user.DisplayName,
        ["dev_email"] = user.Email,
        ["dev_subject"] = user.Subject,
        ["dev_email_verified"] = "true",
    };
}
