using System.Net.Http.Headers;
using Microsoft.Net.Http.Headers;
using Tandem.Web.Sessions;
using Tandem.Web.Tokens;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Tandem.Web.ApiProxy;

/// <summary>How a browser's request is rewritten for the API, and the API's answer for the browser.</summary>
internal static class ApiProxyTransforms
{
    public const string RoutePrefix = "/api";

    public static void Configure(TransformBuilderContext context)
    {
        // The forwarding headers are added explicitly after the strip below, so that whatever a client
        // claimed is gone before YARP writes its own.
        context.UseDefaultForwarders = false;

        context.AddPathRemovePrefix(RoutePrefix);
        context.AddRequestTransform(StripClientCredentialsAndForwarding);
        context.AddRequestTransform(AttachSessionTokenAsync);
        context.AddXForwarded(ForwardedTransformActions.Set);
        context.AddResponseTransform(StripCors);
    }

    private static ValueTask StripClientCredentialsAndForwarding(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;

        // The session cookie is for this server only; the API gets the session's JWT instead. A token the
        // browser sent itself is dropped too: only a session this server vouches for reaches the API.
        headers.Remove(HeaderNames.Cookie);
        headers.Remove(HeaderNames.Authorization);

        headers.Remove("Forwarded");
        foreach (var name in headers.Select(header => header.Key)
                     .Where(name => name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase))
                     .ToList())
        {
            headers.Remove(name);
        }

        return ValueTask.CompletedTask;
    }

    private static async ValueTask AttachSessionTokenAsync(RequestTransformContext context)
    {
        if (context.HttpContext.User.GetSessionId() is not { } sessionId)
        {
            return;
        }

        // Null when the session was revoked or expired since the cookie was checked: the call then goes
        // on without a token and the API answers as it would for anyone signed out.
        var tokens = context.HttpContext.RequestServices.GetRequiredService<SessionTokenIssuer>();
        if (await tokens.GetTokenAsync(sessionId, context.CancellationToken) is { } token)
        {
            context.ProxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private static ValueTask StripCors(ResponseTransformContext context)
    {
        // CORS stays closed on this origin: that is what makes the custom header an anti-forgery proof.
        var headers = context.HttpContext.Response.Headers;
        foreach (var name in headers.Keys
                     .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
                     .ToList())
        {
            headers.Remove(name);
        }

        return ValueTask.CompletedTask;
    }
}
