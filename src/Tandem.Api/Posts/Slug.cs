using System.Globalization;
using System.Text;

namespace Tandem.Api.Posts;

/// <summary>
/// The URL-friendly form of a title: lower-case ASCII letters and digits separated by single dashes. It is
/// computed on every read rather than stored, so that changing the rule never needs a migration.
/// </summary>
internal static class Slug
{
    public const int MaxLength = 80;

    public const string Fallback = "post";

    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);

        // FormD splits "é" into "e" and a combining accent, so dropping the accent leaves the ASCII letter.
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(decomposed.Length, MaxLength));
        var pendingDash = false;

        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash)
                {
                    if (slug.Length + 1 >= MaxLength)
                    {
                        break;
                    }

                    slug.Append('-');
                    pendingDash = false;
                }

                slug.Append(char.ToLowerInvariant(c));
                if (slug.Length == MaxLength)
                {
                    break;
                }
            }
            else
            {
                pendingDash = slug.Length > 0;
            }
        }

        return slug.Length == 0 ? Fallback : slug.ToString();
    }
}
