namespace Tandem.Api.Me;

/// <summary>What the API logs when a user ends sessions or deletes their account: ids and counts only.</summary>
internal static partial class AccountLog
{
    /// <summary>The category of these entries; the endpoints are static, so no type names it.</summary>
    public const string Category = "Tandem.Api.Me";

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information,
        Message = "User {UserId} ended sessions ({Kind}): {Ended} ended")]
    public static partial void SessionsEnded(this ILogger logger, Guid userId, string kind, int ended);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "User {UserId} deleted their account")]
    public static partial void AccountDeleted(this ILogger logger, Guid userId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information,
        Message = "Refused deleting the account of user {UserId}: the confirmation did not match")]
    public static partial void DeletionNotConfirmed(this ILogger logger, Guid userId);
}
