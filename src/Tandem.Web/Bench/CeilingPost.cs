using System.Globalization;
using System.Text;
using Tandem.Web.ApiClient;

namespace Tandem.Web.Bench;

/// <summary>
/// The fixed post the C1 ceiling page shows: post 10000 of the reference workload, as the API would
/// return it, so that the page is the same size as a real P2 page.
/// </summary>
internal static class CeilingPost
{
    private const int Number = 10_000;

    public static PostDetail Detail { get; } = Create();

    private static PostDetail Create()
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Number);
        var html = new StringBuilder()
            .Append(Invariant($"<h2>Section one of post {Number}</h2>\n"))
            .Append(Paragraph(1, 8))
            .Append("<ul>\n")
            .AppendJoin(string.Empty, Enumerable.Range(1, 5).Select(Item))
            .Append("</ul>\n")
            .Append(Invariant($"<h2>Section two of post {Number}</h2>\n"))
            .Append(Paragraph(9, 16))
            .Append(Invariant($"<p>See <a href=\"/posts/{Number - 1}\">the previous post</a> for more.</p>\n"))
            .ToString();

        var sentences = Enumerable.Range(1, 8)
            .Select(k => Invariant($"This is sentence {k} of post {Number}, with bold and italic words."));
        var excerpt = Invariant($"Section one of post {Number} ") + string.Join(' ', sentences);

        return new PostDetail(
            Id: Number,
            Title: Invariant($"Post number {Number}"),
            Slug: Invariant($"post-number-{Number}"),
            Body: string.Empty, // Markdown is only shown in the editor, never on this page.
            BodyHtml: html,
            Excerpt: excerpt[..160],
            CreatedAt: created,
            UpdatedAt: created,
            Author: new AuthorSummary(
                Guid.Parse("00000000-0000-0000-0000-000000001000"), "user1000", "User 1000"));
    }

    private static string Paragraph(int first, int last) =>
        "<p>" + string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => Invariant(
            $"This is sentence {k} of post {Number}, with <strong>bold</strong> and <em>italic</em> words.")))
        + "</p>\n";

    private static string Item(int k) => Invariant($"<li>item {k} of post {Number}</li>\n");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
