using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace Tandem.Api.Markdown;

/// <summary>The sanitizer for rendered posts: an allow-list of what the Markdown pipeline writes.</summary>
internal static class PostHtmlSanitizer
{
    /// <summary>
    /// Tells search engines that links in posts are the users' and not endorsed (ugc, nofollow), and keeps a
    /// linked page from reaching back into ours through window.opener.
    /// </summary>
    public const string ExternalLinkRel = "nofollow ugc noopener";

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
        "em", "strong", "del", "ins", "mark", "sub", "sup",
        "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    ];

    // No style (CSS can restyle the page around the post), no class or id (they can borrow the page's own
    // rules and element names), no event handlers: nothing an allow-list does not name survives.
    private static readonly string[] Attributes = ["href", "src", "alt", "title", "start"];

    // Relative URLs stay allowed, so that a post can link to /posts/1. Everything else needs one of these,
    // which leaves out javascript:, vbscript: and data: however they are spelt or encoded.
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    public static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions();
        Replace(options.AllowedTags, Tags);
        Replace(options.AllowedAttributes, Attributes);
        Replace(options.AllowedSchemes, Schemes);
        options.AllowedCssProperties.Clear();
        options.AllowedAtRules.Clear();
        options.AllowedClasses.Clear();

        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor && IsExternal(anchor.GetAttribute("href")))
            {
                anchor.SetAttribute("rel", ExternalLinkRel);
            }
        };

        return sanitizer;
    }

    private static bool IsExternal(string? href) =>
        href is not null
        && (href.StartsWith("//", StringComparison.Ordinal)
            || (Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)));

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }
}
