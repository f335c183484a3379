namespace Tandem.Web.ApiClient;

/// <summary>The API's fingerprint of all posts: it changes whenever any post is created, edited or deleted.</summary>
internal sealed record PostsVersion(int Count, long LastId, DateTimeOffset? LastUpdatedAt);
