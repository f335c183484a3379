using Tandem.Api.Markdown;
using Tandem.Api.Workload;

namespace Tandem.Api.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [MemberData(nameof(XssPayloads.All), MemberType = typeof(XssPayloads))]
    public void Renders_no_script_handler_style_frame_or_unsafe_url_from_markdown(string payload)
    {
        var html = Renderer.Render(payload).Html;

        SafeHtmlAssert.IsSafe(html);
    }

    [Theory]
    [MemberData(nameof(XssPayloads.All), MemberType = typeof(XssPayloads))]
    public void Sanitizes_the_same_payloads_as_raw_html_should_markdown_ever_let_html_through(string payload)
    {
        var html = PostHtmlSanitizer.Create().Sanitize(payload);

        SafeHtmlAssert.IsSafe(html);
    }

    [Fact]
    public void Shows_raw_html_as_text_rather_than_dropping_what_the_author_wrote()
    {
        var html = Renderer.Render("Use <b>bold</b> here.").Html;

        Assert.Equal("<p>Use &lt;b&gt;bold&lt;/b&gt; here.</p>\n", html);
    }

    [Fact]
    public void Renders_the_workload_body_to_its_headings_list_emphasis_and_link()
    {
        var html = Renderer.Render(WorkloadDataSet.Body(7)).Html;

        static string Sentences(int first, int last) => string.Join(' ', Enumerable
            .Range(first, last - first + 1)
            .Select(k => $"This is sentence {k} of post 7, with <strong>bold</strong> and <em>italic</em> " +
                "words."));
        var expected = string.Concat(
            "<h2>Section one of post 7</h2>\n",
            $"<p>{Sentences(1, 8)}</p>\n",
            "<ul>\n",
            string.Concat(Enumerable.Range(1, 5).Select(k => $"<li>item {k} of post 7</li>\n")),
            "</ul>\n",
            "<h2>Section two of post 7</h2>\n",
            $"<p>{Sentences(9, 16)}</p>\n",
            "<p>See <a href=\"/posts/6\">the previous post</a> for more.</p>\n");
        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("[x](https://example.test/a)",
        "<p><a href=\"https://example.test/a\" rel=\"nofollow ugc noopener\">x</a></p>\n")]
    [InlineData("<https://example.test>",
        "<p><a href=\"https://example.test\" rel=\"nofollow ugc noopener\">https://example.test</a></p>\n")]
    [InlineData("[x](/posts/2)", "<p><a href=\"/posts/2\">x</a></p>\n")]
    [InlineData("[x](mailto:ada@example.test)", "<p><a href=\"mailto:ada@example.test\">x</a></p>\n")]
    public void Marks_external_links_nofollow_ugc_noopener_and_leaves_local_ones_alone(
        string markdown, string html)
    {
        Assert.Equal(html, Renderer.Render(markdown).Html);
    }

    [Fact]
    public void Renders_tables_strikethrough_and_code_blocks()
    {
        var html = Renderer.Render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n```cs\nvar x = 1 < 2;\n```").Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<del>old</del>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>var x = 1 &lt; 2;\n</code></pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_safely_from_many_threads_at_once()
    {
        var bodies = Enumerable.Range(1, 200).Select(WorkloadDataSet.Body).ToArray();
        var expected = bodies.Select(b => Renderer.Render(b)).ToArray();

        var actual = new Api.Markdown.RenderedMarkdown[bodies.Length];
        Parallel.For(0, bodies.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = Renderer.Render(bodies[i]));

        Assert.Equal(expected, actual);
    }
}
