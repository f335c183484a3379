using System.Net;

namespace Tandem.Testing;

/// <summary>
/// Keeps cookies the way Chromium does for a site on a loopback address: http://127.0.0.1 counts as a
/// secure context, so cookies marked Secure are stored and sent there. HttpClient's own cookie handling
/// never sends a Secure cookie over plain HTTP, which would break sign-in flows that work in a browser.
/// </summary>
internal sealed class LoopbackCookieHandler(CookieContainer cookies) : DelegatingHandler(new HttpClientHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
})
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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

    private static Uri AsSecureContext(Uri uri) =>
        uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri;
}
