using Tandem.Data.Text;

namespace Tandem.Api.Posts;

/// <summary>
/// A post's slug, from its title. It is computed on every read rather than stored, so that changing the
/// rule never needs a migration.
/// </summary>
internal static class Slug
{
    public const int MaxLength = 80;

    public const string Fallback = "post";

    public static string From(string title) => UrlSlug.From(title, MaxLength, Fallback);
}
