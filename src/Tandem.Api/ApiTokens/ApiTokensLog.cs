namespace Tandem.Api.ApiTokens;

/// <summary>
/// What the API logs about API tokens: token ids, user ids and reasons. A secret, or any part of one
/// beyond the <c>tdm_</c> every secret shares, is never logged.
/// </summary>
internal static partial class ApiTokensLog
{
    /// <summary>The category of the endpoints' entries; the endpoints are static, so no type names it.</summary>
    public const string Category = "Tandem.Api.ApiTokens";

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Rejected an API token: {Reason}")]
    public static partial void TokenRejected(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Rejected API token {TokenId}: {Reason}")]
    public static partial void KnownTokenRejected(this ILogger logger, Guid tokenId, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug,
        Message = "Accepted API token {TokenId} of user {UserId}")]
    public static partial void TokenAccepted(this ILogger logger, Guid tokenId, Guid userId);

    // The request goes on: a token that works must not stop working because its bookkeeping could not be saved.
    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning,
        Message = "Could not record the use of API token {TokenId}; the request goes on")]
    public static partial void LastUsedNotRecorded(this ILogger logger, Guid tokenId, Exception exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information,
        Message = "User {UserId} created API token {TokenId}, valid until {ExpiresAt}")]
    public static partial void TokenCreated(this ILogger logger, Guid userId, Guid tokenId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "User {UserId} revoked API token {TokenId}")]
    public static partial void TokenRevoked(this ILogger logger, Guid userId, Guid tokenId);
}
