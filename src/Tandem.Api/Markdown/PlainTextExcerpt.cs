using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Tandem.Data.Posts;

namespace Tandem.Api.Markdown;

/// <summary>The start of a post's plain text, as listings and meta descriptions show it.</summary>
internal static class PlainTextExcerpt
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The words of a parsed post, block by block, with no Markdown syntax: code blocks are left out, and a
    /// block that does not end a sentence is closed with a separator so it does not run into the next one.
    /// </summary>
    public static string From(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var text = new StringBuilder();
        var closeAsHeading = (bool?)null;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var words = block.Inline is null ? "" : Words(block.Inline).Trim();
            if (words.Length == 0)
            {
                continue;
            }

            if (closeAsHeading is { } heading)
            {
                CloseBlock(text, heading);
            }

            text.Append(words);
            closeAsHeading = block is HeadingBlock;

            // Nothing past the excerpt's length is ever shown; a 100 KB post need not be walked whole.
            if (text.Length > PostLimits.ExcerptLength * 2)
            {
                break;
            }
        }

        return Cut(text.ToString());
    }

    /// <summary>
    /// Runs of whitespace become one space; text longer than <see cref="PostLimits.ExcerptLength"/> is cut
    /// after its last whole word that fits and ends with an ellipsis. A single word too long to fit is cut
    /// between two characters as a reader sees them, so no surrogate pair or accent is split.
    /// </summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= PostLimits.ExcerptLength)
        {
            return words;
        }

        var room = PostLimits.ExcerptLength - Ellipsis.Length;
        var space = words.LastIndexOf(' ', room);
        var kept = space > 0 ? words[..space] : WholeCharactersWithin(words, room);

        // "word," or "word:" before an ellipsis reads as a mistake; the ellipsis replaces the punctuation.
        return kept.TrimEnd(',', ';', ':', '.', '-', '–', '—', ' ') + Ellipsis;
    }

    private static string Words(ContainerInline inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines.Descendants<Inline>())
        {
            var words = inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                AutolinkInline link => link.Url,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                HtmlInline html => html.Tag,
                LineBreakInline => " ",
                _ => null,
            };
            text.Append(words);
        }

        return text.ToString();
    }

    /// <summary>
    /// Ends the block before the next one. A heading becomes a sentence of its own ("Title. First line"); any
    /// other block that does not end in punctuation (a list item, a table cell) is set off with a semicolon.
    /// </summary>
    private static void CloseBlock(StringBuilder text, bool heading)
    {
        if (!char.IsPunctuation(text[^1]))
        {
            text.Append(heading ? '.' : ';');
        }

        text.Append(' ');
    }

    private static string WholeCharactersWithin(string text, int length)
    {
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > length)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
