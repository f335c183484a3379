using Tandem.Data.Users;

namespace Tandem.Data.Posts;

/// <summary>
/// A Markdown post. The sanitized HTML and the plain-text excerpt are computed once, when the post is
/// written, so that reading a post, the most frequent thing anyone does here, is a plain row fetch.
/// </summary>
public sealed class Post
{
    public long Id { get; set; }

    public Guid AuthorId { get; set; }

    public User? Author { get; set; }

    public required string Title { get; set; }

    /// <summary>The Markdown the author wrote, exactly as written.</summary>
    public required string Body { get; set; }

    /// <summary>The body rendered to HTML and sanitized: safe to insert into a page as it is.</summary>
    public required string BodyHtml { get; set; }

    /// <summary>The first 160 characters of the body's plain text, for listings and meta descriptions.</summary>
    public required string Excerpt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
