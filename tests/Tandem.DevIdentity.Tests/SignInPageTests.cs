using System.Net;

namespace Tandem.DevIdentity.Tests;

public sealed class SignInPageTests(DevIdentityServer server) : IClassFixture<DevIdentityServer>
{
    [Fact]
    public async Task The_page_is_a_plain_labelled_form_with_three_test_people_and_no_script()
    {
        using var browser = server.CreateBrowser();

        var html = await browser.OpenSignInPageAsync(new AuthorizationRequest().ToUri());
        var form = HtmlForm.SignIn(html);

        Assert.Contains("<h1>Dev identity provider</h1>", html, StringComparison.Ordinal);
        Assert.Contains("for development and tests only", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"name\">Display name</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mail</label>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<label for=\"email-verified\">E-mail verified</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"subject\">Subject (sub)</label>", html, StringComparison.Ordinal);
        Assert.Equal("true", form["dev_email_verified"]);
        Assert.NotNull(form["__RequestVerificationToken"]);
        Assert.Equal("/connect/authorize", form.Action);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(
            ["Ada Lovelace", "Grace Hopper", "Alan Turing"],
            person => Assert.NotNull(HtmlForm.TestPerson(html, person)["__RequestVerificationToken"]));
    }

    [Fact]
    public async Task The_forms_carry_the_authorization_request_forward_unchanged()
    {
        using var browser = server.CreateBrowser();
        var request = new AuthorizationRequest();

        var page = await browser.OpenSignInPageAsync(request.ToUri(("login_hint", "ada@example.test")));
        var form = HtmlForm.SignIn(page);

        Assert.Equal(request.State, form["state"]);
        Assert.Equal(request.Nonce, form["nonce"]);
        Assert.Equal(request.CodeChallenge, form["code_challenge"]);
        Assert.Equal(request.RedirectUri, form["redirect_uri"]);
        Assert.Equal("openid profile email", form["scope"]);
        Assert.Equal("ada@example.test", form["login_hint"]);
    }

    [Theory]
    [InlineData("", "ada@example.test", "", "Enter a display name.")]
    [InlineData("   ", "ada@example.test", "", "Enter a display name.")]
    [InlineData(LongName, "ada@example.test", "", "The display name must be at most 100 characters long.")]
    [InlineData("Ada\nLovelace", "ada@example.test", "", "control characters")]
    [InlineData("Ada", "", "", "Enter an e-mail address.")]
    [InlineData("Ada", "not-an-email", "", "Enter a well-formed e-mail address")]
    [InlineData("Ada", "Ada <ada@example.test>", "", "Enter a well-formed e-mail address")]
    [InlineData("Ada", "ada@@example.test", "", "Enter a well-formed e-mail address")]
    [InlineData("Ada", "ada@example.test", "has spaces", "The subject can have at most 255")]
    public async Task Bad_form_input_gets_a_400_page_that_says_what_to_fix(
        string name, string email, string subject, string message)
    {
        using var browser = server.CreateBrowser();
        var request = new AuthorizationRequest();
        var page = await browser.OpenSignInPageAsync(request.ToUri());
        var form = HtmlForm.SignIn(page)
            .With("dev_name", name)
            .With("dev_email", email)
            .With("dev_subject", subject);

        using var response = await browser.SubmitAsync(form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The sign-in could not go ahead", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(request.State, HtmlForm.SignIn(html)["state"]);
    }

    [Fact]
    public async Task After_a_rejected_form_the_corrected_form_resumes_the_authorization_request()
    {
        using var browser = server.CreateBrowser();
        var request = new AuthorizationRequest();
        var page = await browser.OpenSignInPageAsync(request.ToUri());
        using var rejected = await browser.SubmitAsync(
            HtmlForm.SignIn(page).With("dev_name", "Ada").With("dev_email", "nope"));
        var retryPage = await rejected.Content.ReadAsStringAsync();

        var redirect = await browser.SubmitAndFollowToClientAsync(
            HtmlForm.SignIn(retryPage).With("dev_email", "ada@example.test"));

        Assert.Equal("Ada", HtmlForm.SignIn(retryPage)["dev_name"]);
        Assert.NotEmpty(TestClientApplication.CodeFrom(redirect, request));
    }

    [Fact]
    public async Task A_form_without_its_anti_forgery_token_gets_a_400_page_and_signs_nobody_in()
    {
        using var browser = server.CreateBrowser();
        var request = new AuthorizationRequest();
        var page = await browser.OpenSignInPageAsync(request.ToUri());

        var tampered = HtmlForm.TestPerson(page, "Ada Lovelace").Without("__RequestVerificationToken");

        using var response = await browser.SubmitAsync(tampered);
        using var next = await browser.GetAsync(new AuthorizationRequest().ToUri());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This form has expired", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    // Longer than the 100 characters the form allows.
    private const string LongName =
        "Augusta Ada King, Countess of Lovelace, née Byron, mathematician and writer, " +
        "known for her notes on the";
}
