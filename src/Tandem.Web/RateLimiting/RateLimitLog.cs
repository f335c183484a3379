namespace Tandem.Web.RateLimiting;

internal static partial class RateLimitLog
{
    // The partition is the limit's name and the client's address; no cookie or token is in it.
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "A request to {Path} was refused: {Partition} is over its rate limit")]
    public static partial void Refused(ILogger logger, string path, string partition);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information,
        Message = "A page at {Path} was refused: the API answered its call with 429")]
    public static partial void RefusedByApi(ILogger logger, string path);
}
