namespace Tandem.Api.Posts;

/// <summary>
/// A number that goes up whenever any post is created, edited or deleted, by anyone and by any path (the
/// database's triggers keep it; see <see cref="Tandem.Data.Posts.ContentVersion"/>), so that a web server
/// caching rendered pages can poll it instead of being told about every write. It never goes back to a value
/// it had, so two polls that read the same value saw the same posts.
/// </summary>
internal sealed record PostsVersion(long Value);
