using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tandem.IntegrationTests.Publishing;

namespace Tandem.IntegrationTests.Streaming;

/// <summary>
/// The author page sends its header, the author and its head tags at once, and streams the list of posts
/// into the same response when the API answers.
/// </summary>
public sealed partial class AuthorPageStreamingTests(SlowAuthorPostsSystem stack) : IClassFixture<SlowAuthorPostsSystem>
{
    private const string Title = "Streamed into place";

    [Fact]
    public async Task Sends_the_shell_and_head_tags_before_the_posts_and_the_posts_in_the_same_response()
    {
        var handle = await PublishAsync();
        using var reader = new HttpClient { BaseAddress = stack.Web.BaseAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        stack.Gate.Close();
        try
        {
            using var response = await reader.GetAsync(
                $"/u/{handle}", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

            // While the API's answer is held, the page has already said who the author is.
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var first = await ReadUntilAsync(body, "Loading posts", timeout.Token);
            await stack.Gate.Entered.WaitAsync(timeout.Token);
            Assert.Contains("<meta name=\"description\"", first, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"canonical\"", first, StringComparison.Ordinal);
            Assert.Contains("<h1>Streaming Author", first, StringComparison.Ordinal);
            Assert.DoesNotContain(Title, first, StringComparison.Ordinal);

            stack.Gate.Open();
            var rest = await new StreamReader(body, Encoding.UTF8).ReadToEndAsync(timeout.Token);
            Assert.Contains("<blazor-ssr>", rest, StringComparison.Ordinal);
            Assert.Contains(Title, rest, StringComparison.Ordinal);
        }
        finally
        {
            stack.Gate.Open();
        }
    }

    [Fact]
    public async Task Renders_the_posts_in_place_without_streaming_when_asked_as_browsers_without_script_are()
    {
        var handle = await PublishAsync();
        using var reader = stack.NewBrowser();

        // The posts are held back, as a slow API would: when they come at once, Blazor renders them in place
        // with no loading note, and so with no link for browsers without script either.
        var streamedHtml = await ReadWhileThePostsAreHeldAsync($"/u/{handle}", "_framework/blazor.web");
        using var whole = await reader.GetAsync($"/u/{handle}?streamed=false");
        var wholeHtml = await whole.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/u/{handle}?streamed=false\"", streamedHtml, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web", streamedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Contains(Title, wholeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<blazor-ssr>", wholeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading posts", wholeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("_framework/blazor.web", wholeHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_404_for_an_unknown_author_before_anything_is_streamed()
    {
        using var reader = stack.NewBrowser();

        using var response = await reader.GetAsync("/u/nobody-here-at-all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<blazor-ssr>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Publishes a post as a new author; returns the author's handle.</summary>
    private async Task<string> PublishAsync()
    {
        using var author = stack.NewBrowser();
        (await SignInJourney.SignInAsync(author, DevPerson.Unique("Streaming Author"))).Dispose();
        var path = await PostWriter.WriteAsync(author, Title, "Arrives after the page has started.");

        using var post = await author.GetAsync(path);
        var html = await post.Content.ReadAsStringAsync();
        return AuthorLink().Match(html).Groups["handle"].Value;
    }

    private async Task<string> ReadWhileThePostsAreHeldAsync(string path, string marker)
    {
        using var client = new HttpClient { BaseAddress = stack.Web.BaseAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        stack.Gate.Close();
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await ReadUntilAsync(body, marker, timeout.Token);
        }
        finally
        {
            stack.Gate.Open();
        }
    }

    private static async Task<string> ReadUntilAsync(Stream body, string marker, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        while (!text.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var read = await body.ReadAsync(buffer, cancellationToken);
            Assert.True(read > 0, $"The response ended before \"{marker}\": {text}");
            text.Append(chars, 0, decoder.GetChars(buffer, 0, read, chars, 0));
        }

        return text.ToString();
    }

    [GeneratedRegex("href=\"/u/(?<handle>[^\"]+)\" rel=\"author\"")]
    private static partial Regex AuthorLink();
}
