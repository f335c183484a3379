using System.Net;
using AngleSharp.Html.Parser;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Publishing;

/// <summary>An author writes, edits and deletes a post through the web server's own forms.</summary>
public sealed class PublishingTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_post_written_in_the_editor_appears_on_the_home_page_and_its_own_page()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Grace Hopper");
        (await SignInJourney.SignInAsync(browser, person)).Dispose();

        var postUrl = await PostWriter.WriteAsync(browser, "Compilers are friends", "## Why\n\nBecause **they** translate.");

        Assert.Matches("^/posts/[0-9]+/compilers-are-friends$", postUrl);
        using var home = await browser.GetAsync("/");
        var homeHtml = await home.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{postUrl}\"", homeHtml, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper", homeHtml, StringComparison.Ordinal);

        using var post = await browser.GetAsync(postUrl);
        var html = await post.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("<h1>Compilers are friends</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>they</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Compilers are friends · Tandem</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{stack.Web.BaseAddress.ToString().TrimEnd('/')}{postUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Compilers are friends\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\"", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Article\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Why. Because they translate.\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_slug_moves_permanently_to_the_right_one_and_a_missing_post_is_404()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        var postUrl = await PostWriter.WriteAsync(browser, "Slugs matter", "Body.");
        var id = postUrl.Split('/')[2];

        using var wrong = await browser.GetAsync($"/posts/{id}/old-title");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal(postUrl, wrong.Headers.Location?.OriginalString);

        using var bare = await browser.GetAsync($"/posts/{id}");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);

        using var missing = await browser.GetAsync("/posts/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is nothing here", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_a_post_is_never_sent_to_readers()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        const string body = "Hello <script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2))";

        var postUrl = await PostWriter.WriteAsync(browser, "Sneaky <b>title</b>", body);

        using var post = await browser.GetAsync(postUrl);
        using var document = await new HtmlParser().ParseDocumentAsync(await post.Content.ReadAsStringAsync());
        var article = document.QuerySelector("article.post")!;

        // Escaped as text, the payload is harmless; what must never arrive is anything a browser would run.
        Assert.Empty(article.QuerySelectorAll("script"));
        Assert.DoesNotContain(article.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(article.QuerySelectorAll("[href], [src]"), e =>
            (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Sneaky <b>title</b>", article.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_author_can_edit_and_delete_a_post_and_nobody_else_can()
    {
        using var author = stack.NewBrowser();
        (await SignInJourney.SignInAsync(author, DevPerson.Unique("Author"))).Dispose();
        var postUrl = await PostWriter.WriteAsync(author, "First draft", "Old words.");
        var id = postUrl.Split('/')[2];

        using var other = stack.NewBrowser();
        (await SignInJourney.SignInAsync(other, DevPerson.Unique("Other"))).Dispose();
        using (var foreignEdit = await other.GetAsync($"/posts/{id}/edit"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreignEdit.StatusCode);
        }

        using var editor = await author.GetAsync($"/posts/{id}/edit");
        using var saved = await author.SubmitFormAsync(editor, PostWriter.IsEditorForm,
            new Dictionary<string, string> { ["Form.Title"] = "Final words", ["Form.Body"] = "New words.", ["Form.Action"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editedUrl = TestBrowser.RedirectTarget(saved).AbsolutePath;
        Assert.EndsWith("/final-words", editedUrl, StringComparison.Ordinal);

        using var confirm = await author.GetAsync($"/posts/{id}/delete");
        using var deleted = await author.SubmitFormAsync(confirm, form => form.Elements.Any(e => e.TextContent.Contains("Delete the post", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var gone = await author.GetAsync(editedUrl);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_invalid_post_is_shown_again_with_the_reason_and_the_text_kept()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        using var editor = await browser.GetAsync("/write");

        using var refused = await browser.SubmitFormAsync(editor, PostWriter.IsEditorForm,
            new Dictionary<string, string> { ["Form.Title"] = new string('t', 201), ["Form.Body"] = "Keep me", ["Form.Action"] = "save" });

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("at most 200 characters", html, StringComparison.Ordinal);
        Assert.Contains("Keep me", html, StringComparison.Ordinal);
    }


}
