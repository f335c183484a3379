namespace Tandem.Web.ApiProxy;

/// <summary>
/// The anti-forgery rule for the API route. A state-changing call must carry a custom header, which a
/// cross-site page can only send after a CORS preflight that this site never grants, and must not come
/// with browser metadata (Sec-Fetch-Site, Origin) that names another site. The session cookie is
/// SameSite=Lax as well, but Lax still rides along on some cross-site navigations, so it is not relied on.
/// </summary>
internal static class ApiRequestProof
{
    public const string HeaderName = "X-Tandem-Request";

    public const string HeaderValue = "1";

    /// <summary>What the request lacks to be accepted, or null when it may go on.</summary>
    public static string? Missing(HttpRequest request)
    {
        var method = request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return null;
        }

        if (request.Headers[HeaderName] != HeaderValue)
        {
            return $"A {request.Method} through /api must carry the header '{HeaderName}: {HeaderValue}'.";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site != "same-origin")
        {
            return $"The browser says this request came from another site (Sec-Fetch-Site: {site}).";
        }

        // The request's own origin is read from its scheme and Host. Behind a proxy that ends TLS, the
        // scheme is only right once forwarded headers are applied; this server does not apply them yet,
        // so such a deployment would refuse every same-origin write until it does.
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        if (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return $"The request's Origin is not this site ({own}).";
        }

        return null;
    }
}
