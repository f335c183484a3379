using System.Net;

namespace Tandem.Bench.SignIn;

/// <summary>
/// Keeps cookies as Chromium does for a loopback site: http://127.0.0.1 counts as a secure context, so
/// cookies marked Secure (OpenIddict's correlation cookies) are stored and sent there. HttpClient's own
/// cookie handling never sends a Secure cookie over plain HTTP, which would break the flow.
/// </summary>
internal sealed class LoopbackCookieHandler(CookieContainer cookies) : DelegatingHandler(new HttpClientHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
})
{
    public static Uri AsSecureContext(Uri uri) =>
        uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp
            ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri
            : uri;

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var cookieUri = AsSecureContext(request.RequestUri!);
        var header = cookies.GetCookieHeader(cookieUri);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);

        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                cookies.SetCookies(cookieUri, setCookie);
            }
        }

        return response;
    }
}
