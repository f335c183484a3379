namespace Tandem.Api.Posts;

/// <summary>
/// A cheap fingerprint of all posts that changes whenever any post is created, edited or deleted, so that
/// a web server caching rendered pages can poll it instead of being told about every write.
/// </summary>
/// <remarks>
/// A creation raises <see cref="LastId"/> and <see cref="Count"/>; an edit raises
/// <see cref="LastUpdatedAt"/>, which every write sets to the time of the write; a deletion lowers
/// <see cref="Count"/>. A deletion and a creation between two polls leave the count as it was but raise
/// <see cref="LastId"/>, because ids are never reused.
/// Note: a post created and then deleted between two polls leaves all three as they were, so that pair of
/// changes goes unseen; closing it needs a value that only goes up, such as the table's id sequence.
/// </remarks>
internal sealed record PostsVersion(int Count, long LastId, DateTimeOffset? LastUpdatedAt);
