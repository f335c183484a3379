namespace Tandem.Api.Authentication;

/// <summary>
/// Everything the API logs about bearer tokens. A token, or anything copied out of one that a caller could
/// choose (such as its <c>kid</c>), is never logged: a reason and at most a session fingerprint are.
/// </summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Rejected a bearer token: {Reason}")]
    public static partial void TokenRejected(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Rejected a bearer token: {Reason}, session {SessionFingerprint}")]
    public static partial void SessionRejected(this ILogger logger, string reason, string sessionFingerprint);

    // A correctly signed token naming someone else's session means the web server minted it wrongly or a
    // signing key leaked, so it is worth more attention than an ordinary rejection.
    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Rejected a signed bearer token naming another user's session {SessionFingerprint}")]
    public static partial void SessionOfAnotherUser(this ILogger logger, string sessionFingerprint);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Loaded {KeyCount} signing keys")]
    public static partial void SigningKeysLoaded(this ILogger logger, int keyCount);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning,
        Message = "Signing key {KeyId} is not an ES256 P-256 public key; tokens it signed are rejected")]
    public static partial void SigningKeyUnusable(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error,
        Message = "Could not read the signing keys; the keys read before stay in use")]
    public static partial void SigningKeyRefreshFailed(this ILogger logger, Exception exception);
}
