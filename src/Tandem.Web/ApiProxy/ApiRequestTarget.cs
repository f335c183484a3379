using Microsoft.AspNetCore.Http.Features;

namespace Tandem.Web.ApiProxy;

/// <summary>
/// Spots request targets aimed at the API route that try to step out of it. Kestrel decodes and removes
/// dot segments before routing, so <c>/api/%2e%2e/health</c> would quietly become <c>/health</c>: the
/// check reads the target exactly as the client sent it.
/// </summary>
internal static class ApiRequestTarget
{
    // Encoded '/', '\', '.' and '%' have no place in an API path; each is a way to smuggle a separator,
    // a dot segment or a second round of decoding past a check that looks at the decoded path.
    private static readonly string[] EncodedTricks = ["%2f", "%5c", "%2e", "%25"];

    /// <summary>True when the request is for the API route, whatever the normalised path became.</summary>
    public static bool IsForApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiProxyTransforms.RoutePrefix, StringComparison.OrdinalIgnoreCase)
        || RawTarget(context).StartsWith(ApiProxyTransforms.RoutePrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the target is refused, or null when it is a plain path under the API route.</summary>
    public static string? Refusal(HttpContext context)
    {
        var raw = RawTarget(context);
        if (!raw.StartsWith('/'))
        {
            return "The request target must be a path on this site, not an absolute URL.";
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? raw : raw[..query];

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "The path must not contain a backslash.";
        }

        if (EncodedTricks.Any(trick => path.Contains(trick, StringComparison.OrdinalIgnoreCase)))
        {
            return "The path must not contain an encoded '/', '\\', '.' or '%'.";
        }

        if (path.Split('/').Any(segment => segment is "." or ".."))
        {
            return "The path must not contain '.' or '..' segments.";
        }

        return null;
    }

    private static string RawTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
}
