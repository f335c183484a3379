using Microsoft.AspNetCore.Diagnostics;
using Tandem.Web.Sessions;
using Yarp.ReverseProxy.Forwarder;

namespace Tandem.Web.ApiProxy;

/// <summary>
/// <c>/api/{path}</c> on the web's own origin, forwarded to the API's <c>/{path}</c> with the signed-in
/// session's JWT, so browser scripts can call the API without holding a token or needing CORS.
/// </summary>
internal static class ApiProxyEndpoints
{
    public static IEndpointRouteBuilder MapApiProxy(this IEndpointRouteBuilder app)
    {
        app.Map(ApiProxyTransforms.RoutePrefix + "/{**path}", ForwardAsync)
            .ExcludeFromDescription();

        return app;
    }

    private static async Task ForwardAsync(HttpContext context, IHttpForwarder forwarder, ApiProxyDestination api)
    {
        // The API's answers, errors included, are passed on as they are: the web's HTML status pages
        // must not replace an empty 401 or 404 from the API.
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;

        var request = context.Request;
        var logger = Logger(context);
        if (ApiRequestProof.Missing(request) is { } missing)
        {
            ApiProxyLog.RefusedWithoutProof(logger, request.Method, request.Path, missing);
            await ApiProxyProblems.WriteAsync(
                context, StatusCodes.Status403Forbidden, "Anti-forgery proof missing", missing);
            return;
        }

        var caller = context.User.GetSessionId() is null ? "anonymous" : "a signed-in session";
        ApiProxyLog.Forwarding(logger, request.Method, request.Path, caller);

        var error = await forwarder.SendAsync(
            context, api.Prefix, api.Invoker, api.RequestConfig, api.Transformer);
        if (error == ForwarderError.None)
        {
            return;
        }

        await ReportAsync(context, error, logger);
    }

    private static async Task ReportAsync(HttpContext context, ForwarderError error, ILogger logger)
    {
        var request = context.Request;
        var exception = context.Features.Get<IForwarderErrorFeature>()?.Exception;
        switch (error)
        {
            case ForwarderError.RequestTimedOut:
                ApiProxyLog.TimedOut(logger, request.Method, request.Path);
                await ApiProxyProblems.WriteAsync(
                    context, StatusCodes.Status504GatewayTimeout, "The API did not answer in time",
                    "The site's data service took too long to answer. Try again in a moment.");
                break;
            case ForwarderError.Request
                or ForwarderError.RequestCreation
                or ForwarderError.NoAvailableDestinations:
                ApiProxyLog.Unreachable(logger, request.Method, request.Path, error, exception);
                await ApiProxyProblems.WriteAsync(
                    context, StatusCodes.Status503ServiceUnavailable, "The API is unavailable",
                    "The site's data service could not be reached. Try again in a moment.");
                break;
            default:
                // The client went away or the stream broke after the answer began: there is nobody left to
                // tell, and YARP has already set what status it could.
                ApiProxyLog.Stopped(logger, request.Method, request.Path, error);
                break;
        }
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(ApiProxyEndpoints).FullName!);
}
