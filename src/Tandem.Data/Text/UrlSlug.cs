using System.Globalization;
using System.Text;

namespace Tandem.Data.Text;

/// <summary>
/// The URL-friendly form of a name or title: lower-case ASCII letters and digits separated by single dashes.
/// Post slugs and user handles both use it, so an address looks the same whichever it names.
/// </summary>
public static class UrlSlug
{
    public static string From(string text, int maxLength, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);

        // FormD splits "é" into "e" and a combining accent, so dropping the accent leaves the ASCII letter.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(decomposed.Length, maxLength));
        var pendingDash = false;

        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingDash = slug.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                if (slug.Length + 1 >= maxLength)
                {
                    break;
                }

                slug.Append('-');
                pendingDash = false;
            }

            slug.Append(char.ToLowerInvariant(c));
            if (slug.Length == maxLength)
            {
                break;
            }
        }

        return slug.Length == 0 ? fallback : slug.ToString();
    }
}
