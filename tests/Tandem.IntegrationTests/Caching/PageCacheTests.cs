using System.Net;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.IntegrationTests.Publishing;

namespace Tandem.IntegrationTests.Caching;

/// <summary>
/// Anonymous pages come from the web server's output cache, and a change to a post reaches them however it
/// was made: through this web server, or straight through the API.
/// </summary>
public sealed class PageCacheTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task An_anonymous_reader_gets_the_home_page_from_the_cache_the_second_time()
    {
        var path = UniqueHomePage();

        var first = await AnonymousReader.GetAsync(stack, path);
        var second = await AnonymousReader.GetCachedAsync(stack, path);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Html, second.Html);
    }

    [Fact]
    public async Task A_post_edited_straight_through_the_API_shows_on_the_next_anonymous_request_within_a_poll()
    {
        var (person, postUrl) = await WritePostAsync("Before the edit");
        var id = postUrl.Split('/')[2];
        Assert.True((await AnonymousReader.GetCachedAsync(stack, postUrl)).FromCache);

        var token = await AnonymousReader.TokenOfAsync(stack, person.Email);
        var edited = await AnonymousReader.SendToApiAsync(
            stack, HttpMethod.Put, $"/posts/{id}", token, new { title = "Before the edit", body = "Edited elsewhere." });
        Assert.Equal(HttpStatusCode.OK, edited);

        var (status, html) = await AnonymousReader.GetUntilAsync(stack, postUrl, (_, page) => page.Contains("Edited elsewhere."));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Edited elsewhere.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_deleted_straight_through_the_API_answers_404_and_leaves_the_home_page()
    {
        var (person, postUrl) = await WritePostAsync("Soon gone");
        var id = postUrl.Split('/')[2];
        var home = await AnonymousReader.GetCachedAsync(stack, "/");
        Assert.True(home.FromCache);
        Assert.Contains(postUrl, home.Html, StringComparison.Ordinal);
        Assert.True((await AnonymousReader.GetCachedAsync(stack, postUrl)).FromCache);

        var token = await AnonymousReader.TokenOfAsync(stack, person.Email);
        Assert.Equal(HttpStatusCode.NoContent, await AnonymousReader.SendToApiAsync(stack, HttpMethod.Delete, $"/posts/{id}", token));

        var (postStatus, _) = await AnonymousReader.GetUntilAsync(stack, postUrl, (status, _) => status == HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, postStatus);
        var (_, homeAfter) = await AnonymousReader.GetUntilAsync(stack, "/", (_, page) => !page.Contains(postUrl));
        Assert.DoesNotContain(postUrl, homeAfter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_edited_through_this_web_server_shows_at_once()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        var postUrl = await PostWriter.WriteAsync(browser, "Edited here", "First words.");
        var id = postUrl.Split('/')[2];
        Assert.True((await AnonymousReader.GetCachedAsync(stack, postUrl)).FromCache);

        using var editor = await browser.GetAsync($"/posts/{id}/edit");
        using var saved = await browser.SubmitFormAsync(editor, PostWriter.IsEditorForm, new Dictionary<string, string>
        {
            ["Form.Title"] = "Edited here",
            ["Form.Body"] = "Second words.",
            ["Form.Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await AnonymousReader.GetAsync(stack, postUrl);
        Assert.Contains("Second words.", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reader_never_gets_a_cached_page_and_never_fills_the_cache()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Cached Nobody");
        (await SignInJourney.SignInAsync(browser, person)).Dispose();

        var cachedForAnonymous = UniqueHomePage();
        Assert.True((await AnonymousReader.GetCachedAsync(stack, cachedForAnonymous)).FromCache);
        using var signedIn = await browser.GetAsync(cachedForAnonymous);
        Assert.Null(signedIn.Headers.Age);
        Assert.Contains(person.DisplayName, await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var visitedSignedInFirst = UniqueHomePage();
        (await browser.GetAsync(visitedSignedInFirst)).Dispose();
        using var again = await browser.GetAsync(visitedSignedInFirst);
        Assert.Null(again.Headers.Age);
        var anonymous = await AnonymousReader.GetAsync(stack, visitedSignedInFirst);
        Assert.False(anonymous.FromCache);
        Assert.DoesNotContain(person.DisplayName, anonymous.Html, StringComparison.Ordinal);
    }

    private async Task<(DevPerson Person, string PostUrl)> WritePostAsync(string title)
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        return (person, await PostWriter.WriteAsync(browser, title, "First words."));
    }

    // A page of older posts nobody asked for before: its own cache entry, whatever other tests did.
    private static string UniqueHomePage() => $"/?before={Random.Shared.NextInt64(1_000_000, long.MaxValue)}";
}
