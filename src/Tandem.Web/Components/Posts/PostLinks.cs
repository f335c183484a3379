using System.Globalization;

namespace Tandem.Web.Components.Posts;

/// <summary>The one place that knows what a post's address looks like.</summary>
public static class PostLinks
{
    public static string Canonical(long id, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"/posts/{id}/{slug}");

    public static string Edit(long id) => string.Create(CultureInfo.InvariantCulture, $"/posts/{id}/edit");

    public static string Delete(long id) => string.Create(CultureInfo.InvariantCulture, $"/posts/{id}/delete");
}
