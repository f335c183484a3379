namespace Tandem.Web.ApiClient;

internal static partial class ApiClientLog
{
    // Only the method and the path: a query may carry what a reader typed, and headers carry the JWT.
    // The same levels as the /api forwarder's (ApiProxyLog): unreachable is an error, slow is a warning.
    [LoggerMessage(EventId = 1401, Level = LogLevel.Error,
        Message = "The API could not be reached for {Method} {Path}")]
    public static partial void Unreachable(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning,
        Message = "The API did not answer {Method} {Path} within {Timeout}")]
    public static partial void TimedOut(ILogger logger, string method, string path, TimeSpan timeout);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Warning,
        Message = "The API answered {Method} {Path} with {StatusCode}")]
    public static partial void FailedStatus(ILogger logger, string method, string path, int statusCode);
}
