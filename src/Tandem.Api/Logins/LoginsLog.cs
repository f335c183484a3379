namespace Tandem.Api.Logins;

/// <summary>What the API logs about sign-in methods: ids and provider names, never addresses.</summary>
internal static partial class LoginsLog
{
    /// <summary>The category of these entries; the endpoints are static, so no type names it.</summary>
    public const string Category = "Tandem.Api.Logins";

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "User {UserId} unlinked their {Provider} login")]
    public static partial void LoginUnlinked(this ILogger logger, Guid userId, string provider);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Refused user {UserId} unlinking their last login")]
    public static partial void LastLoginKept(this ILogger logger, Guid userId);
}
