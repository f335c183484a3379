using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.Api.Tests.Markdown;

/// <summary>Checks HTML as a browser sees it: parsed, element by element, attribute by attribute.</summary>
public static class SafeHtmlAssert
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
        "del", "ins", "mark", "sub", "sup", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr",
        "th", "td",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "alt", "title", "start", "rel",
    };

    private static readonly string[] Schemes = ["http", "https", "mailto"];

    public static void IsSafe(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        var parser = new HtmlParser();
        var body = parser.ParseDocument($"<!doctype html><html><body>{html}</body></html>").Body!;

        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, Elements);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, Attributes);
                if (attribute.Name is "href" or "src")
                {
                    AssertSafeUrl(attribute.Value);
                }
            }
        }

        // Whatever survived as markup did so as text: escaped, never as a live tag.
        foreach (var tag in new[] { "<script", "<iframe", "<style", "<svg", "<object", "<embed", "<form" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertSafeUrl(string url)
    {
        // Browsers drop ASCII tabs and line breaks anywhere in a URL and leading spaces and controls, so
        // "jav\tascript:" is javascript: to them; compare what they would.
        var normalized = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart(
            Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray());
        var colon = normalized.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = normalized.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return;
        }

        Assert.Contains(normalized[..colon].ToLowerInvariant(), Schemes);
    }
}
