using Ganss.Xss;
using Markdig;

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
        var excerpt = PlainTextExcerpt.From(document);

        return new RenderedMarkdown(html, excerpt);
    }
}
