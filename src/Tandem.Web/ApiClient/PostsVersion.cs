namespace Tandem.Web.ApiClient;

/// <summary>The API's posts version: a number that goes up whenever any post is created, edited or deleted.</summary>
internal sealed record PostsVersion(long Value);
