namespace Tandem.Api.Markdown;

/// <summary>A rendered post body: HTML that is safe to insert into a page, and its plain-text start.</summary>
internal sealed record RenderedMarkdown(string Html, string Excerpt);
