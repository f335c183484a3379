using Yarp.ReverseProxy.Forwarder;

namespace Tandem.Web.ApiProxy;

/// <summary>The proxy's log events. Paths are logged without their query; headers never are.</summary>
internal static partial class ApiProxyLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Refused an API request target {Path}: {Reason}")]
    public static partial void RefusedTarget(ILogger logger, PathString path, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Refused a {Method} to {Path} without anti-forgery proof: {Reason}")]
    public static partial void RefusedWithoutProof(ILogger logger, string method, PathString path, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error,
        Message = "The API could not be reached for {Method} {Path} ({Error})")]
    public static partial void Unreachable(
        ILogger logger, string method, PathString path, ForwarderError error, Exception? exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "The API did not answer {Method} {Path} in time")]
    public static partial void TimedOut(ILogger logger, string method, PathString path);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug,
        Message = "Forwarding {Method} {Path} as {Caller}")]
    public static partial void Forwarding(ILogger logger, string method, PathString path, string caller);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "Forwarding {Method} {Path} stopped: {Error}")]
    public static partial void Stopped(ILogger logger, string method, PathString path, ForwarderError error);
}
