using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Tandem.Api.Markdown;

/// <summary>
/// Turns a post's Markdown into sanitized HTML and a plain-text excerpt. One instance serves the whole process:
/// the pipeline and the sanitizer are built once, and both are safe to use from many threads at a time.
/// </summary>
internal sealed class MarkdownRenderer
{
    // Extensions are chosen one by one rather than with UseAdvancedExtensions, which would also bring generic
    // attributes ({onclick=...}), media links (iframes) and heading ids that could clobber the page's own DOM.
    // Raw HTML is disabled, so it is shown as text; the sanitizer is the second line if a bug lets any through.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = PostHtmlSanitizer.Create();

    public RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var document = Markdig.Markdown.Parse(markdown, _pipeline);

        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
        var excerpt = PlainTextExcerpt.From(ToPlainText(document));

        return new RenderedMarkdown(html, excerpt);
    }

    /// <summary>The document's text without any Markdown syntax, as Markdig's ToPlainText writes it.</summary>
    private string ToPlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
