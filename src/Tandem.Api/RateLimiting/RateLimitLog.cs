namespace Tandem.Api.RateLimiting;

internal static partial class RateLimitLog
{
    // The partition is a user id or a client address; never a token.
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information,
        Message = "A request to {Path} was refused: {Partition} is over its rate limit")]
    public static partial void Refused(ILogger logger, string path, string partition);
}
