using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.IntegrationTests.ApiTokens;

/// <summary>The forms of /account/tokens, submitted the way a browser without script does.</summary>
public static class TokenPage
{
    public const string Path = "/account/tokens";

    /// <summary>
    /// Fills in and sends the create form and, when the web server redirects (a token was created), follows
    /// the redirect as a browser would: returns the page that shows the new token, or the refusal.
    /// </summary>
    public static async Task<HttpResponseMessage> CreateAsync(TestBrowser browser, string name, int expiresInDays)
    {
        var posted = await PostCreateAsync(browser, name, expiresInDays);
        if (posted.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther))
        {
            return posted;
        }

        using (posted)
        {
            return await browser.FollowAsync(posted);
        }
    }

    /// <summary>Fills in and sends the create form; returns the answer to the POST itself.</summary>
    public static async Task<HttpResponseMessage> PostCreateAsync(
        TestBrowser browser, string name, int expiresInDays)
    {
        using var page = await browser.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        return await browser.SubmitFormAsync(page, IsForm("create-token"), new Dictionary<string, string>
        {
            ["Create.Name"] = name,
            ["Create.ExpiresInDays"] = expiresInDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Presses the Revoke button of token <paramref name="id"/>.</summary>
    public static async Task<HttpResponseMessage> RevokeAsync(TestBrowser browser, string id)
    {
        using var page = await browser.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        return await browser.SubmitFormAsync(
            page, IsForm("revoke-token"), new Dictionary<string, string> { ["Revoke.Id"] = id });
    }

    /// <summary>The secret the page shows after a create, or null when it shows none.</summary>
    public static async Task<string?> ShownSecretAsync(HttpResponseMessage page)
    {
        using var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        return document.GetElementById("new-token-secret")?.TextContent;
    }

    /// <summary>The values of the listed tokens' Revoke buttons: their ids.</summary>
    public static async Task<List<string>> ListedIdsAsync(HttpResponseMessage page)
    {
        using var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        return document.QuerySelectorAll("button[name='Revoke.Id']").Select(b => b.GetAttribute("value")!).ToList();
    }

    private static Func<IHtmlFormElement, bool> IsForm(string name) =>
        form => form.Elements.OfType<IHtmlInputElement>().Any(i => i.Name == "_handler" && i.Value == name);
}
