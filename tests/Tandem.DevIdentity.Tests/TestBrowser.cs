using System.Net;

namespace Tandem.DevIdentity.Tests;

/// <summary>
/// What a browser does for the provider, minus the rendering: it keeps cookies, and it does not follow
/// redirects, so each hop (the sign-in page, the redirect to the client with the code) can be inspected.
/// </summary>
public sealed class TestBrowser(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        CookieContainer = new CookieContainer(),
        UseCookies = true,
    })
    {
        BaseAddress = baseAddress,
    };

    public Task<HttpResponseMessage> GetAsync(string relativeUri) =>
        _http.GetAsync(new Uri(relativeUri, UriKind.Relative));

    public Task<HttpResponseMessage> SubmitAsync(HtmlForm form) =>
        _http.PostAsync(new Uri(form.Action, UriKind.Relative), new FormUrlEncodedContent(form.Fields));

    /// <summary>Starts a sign-in and returns the page; fails if the provider answers otherwise.</summary>
    public async Task<string> OpenSignInPageAsync(string authorizeUri)
    {
        using var response = await GetAsync(authorizeUri);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Got {response.StatusCode}: {html}");

        return html;
    }

    /// <summary>Submits a form that should sign someone in; returns where the provider redirects.</summary>
    public async Task<Uri> SubmitAndFollowToClientAsync(HtmlForm form)
    {
        using var response = await SubmitAsync(form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Found, $"Got {response.StatusCode}: {body}");

        return response.Headers.Location!;
    }

    public void Dispose() => _http.Dispose();
}
