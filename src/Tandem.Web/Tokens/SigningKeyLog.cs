namespace Tandem.Web.Tokens;

internal static partial class SigningKeyLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Created signing key {KeyId}, signing until {SignUntil}, retiring at {RetiresAt}")]
    public static partial void SigningKeyCreated(
        this ILogger logger, string keyId, DateTimeOffset signUntil, DateTimeOffset retiresAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Signing key {KeyId} was created by another instance first")]
    public static partial void SigningKeyCreatedElsewhere(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Deleted {Count} retired signing keys")]
    public static partial void RetiredSigningKeysDeleted(this ILogger logger, int count);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Now signing with key {KeyId}")]
    public static partial void SigningWith(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error,
        Message = "Signing key rotation check failed; the next check tries again")]
    public static partial void RotationCheckFailed(this ILogger logger, Exception exception);
}
