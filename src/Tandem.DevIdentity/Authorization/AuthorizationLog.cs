namespace Tandem.DevIdentity.Authorization;

/// <summary>
/// The logging category of the /connect endpoints and the messages they write. Codes, tokens, cookies and
/// client secrets never appear; subjects do, since they are made up for development.
/// </summary>
internal sealed partial class AuthorizationLog
{
    private AuthorizationLog()
    {
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Signed in {Subject} for client {ClientId}")]
    public static partial void SignedIn(ILogger logger, string subject, string? clientId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Rejected the sign-in form for client {ClientId}: invalid {Fields}")]
    public static partial void SignInFormRejected(
        ILogger logger, string? clientId, IEnumerable<string> fields);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Rejected a sign-in form for client {ClientId} without a valid anti-forgery token")]
    public static partial void AntiforgeryRejected(ILogger logger, string? clientId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Rejected a request to the provider: {Error} {ErrorDescription}")]
    public static partial void RequestRejected(ILogger logger, string error, string? errorDescription);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug,
        Message = "Issued tokens for {Subject} to client {ClientId}")]
    public static partial void TokensIssued(ILogger logger, string? subject, string? clientId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Signed out {Subject}")]
    public static partial void SignedOut(ILogger logger, string subject);
}
