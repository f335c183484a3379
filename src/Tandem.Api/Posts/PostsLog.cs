namespace Tandem.Api.Posts;

/// <summary>What the API logs about writing posts: ids only, never titles or bodies.</summary>
internal static partial class PostsLog
{
    /// <summary>The category of these entries; the endpoints are static, so no type names it.</summary>
    public const string Category = "Tandem.Api.Posts";

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "User {UserId} wrote post {PostId}")]
    public static partial void PostCreated(this ILogger logger, Guid userId, long postId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "User {UserId} rewrote post {PostId}")]
    public static partial void PostUpdated(this ILogger logger, Guid userId, long postId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "User {UserId} deleted post {PostId}")]
    public static partial void PostDeleted(this ILogger logger, Guid userId, long postId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information,
        Message = "Refused user {UserId} changing post {PostId}, which another user wrote")]
    public static partial void ChangeOfAnotherUsersPost(this ILogger logger, Guid userId, long postId);
}
