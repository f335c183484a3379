using System.Text;
using Tandem.Data.Posts;

namespace Tandem.Api.Markdown;

/// <summary>The start of a post's plain text, as listings and meta descriptions show it.</summary>
internal static class PlainTextExcerpt
{
    /// <summary>
    /// Runs of whitespace (line breaks between blocks included) become one space, then the text is cut at
    /// <see cref="PostLimits.ExcerptLength"/> characters, never between the two halves of a surrogate pair.
    /// </summary>
    public static string From(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);

        var builder = new StringBuilder(Math.Min(plainText.Length, PostLimits.ExcerptLength + 1));
        var pendingSpace = false;
        foreach (var c in plainText)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > PostLimits.ExcerptLength)
            {
                break;
            }
        }

        var length = Math.Min(builder.Length, PostLimits.ExcerptLength);
        if (length > 0 && char.IsHighSurrogate(builder[length - 1]))
        {
            length--;
        }

        return builder.ToString(0, length);
    }
}
