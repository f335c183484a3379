using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.Testing;

/// <summary>
/// What a browser does during a sign-in, step by step: keeps cookies for every host, submits forms with
/// their hidden fields, and follows redirects only when the test says so, so each hop can be inspected.
/// </summary>
public sealed class TestBrowser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    /// <param name="baseAddress">The web server.</param>
    /// <param name="userAgent">The User-Agent every request sends; none when null, as HttpClient sends.</param>
    public TestBrowser(Uri baseAddress, string? userAgent = null)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new LoopbackCookieHandler(Cookies))
        {
            BaseAddress = baseAddress,
        };
        if (userAgent is not null)
        {
            _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }
    }

    public CookieContainer Cookies { get; }

    /// <summary>The Cookie header this browser would send to <paramref name="uri"/>.</summary>
    public string CookieHeaderFor(Uri uri) =>
        Cookies.GetCookieHeader(uri.IsLoopback ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri);

    /// <summary>Sends a request as this browser, with its cookies, when a test needs to build it by hand.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));

    public Task<HttpResponseMessage> GetAsync(Uri url) => _http.GetAsync(url);

    /// <summary>Follows one redirect, resolving a relative Location against the request that got it.</summary>
    public Task<HttpResponseMessage> FollowAsync(HttpResponseMessage redirect) => GetAsync(RedirectTarget(redirect));

    public static Uri RedirectTarget(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location
            ?? throw new InvalidOperationException($"Expected a redirect but got {(int)redirect.StatusCode}.");
        return location.IsAbsoluteUri ? location : new Uri(redirect.RequestMessage!.RequestUri!, location);
    }

    /// <summary>
    /// Submits the page's form that <paramref name="pick"/> chooses, with its fields, some of them filled in,
    /// to its own action or, when a test tampers with it, to <paramref name="actionOverride"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(
        HttpResponseMessage page,
        Func<IHtmlFormElement, bool> pick,
        IReadOnlyDictionary<string, string>? fill = null,
        string? actionOverride = null)
    {
        var html = await page.Content.ReadAsStringAsync();
        using var document = await Parser.ParseDocumentAsync(html);
        var form = document.Forms.FirstOrDefault(pick)
            ?? throw new InvalidOperationException("The page has no such form:\n" + html);

        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (!string.IsNullOrEmpty(input.Name) && (input.Type != "checkbox" || input.IsChecked))
            {
                fields[input.Name] = input.Value;
            }
        }

        foreach (var (name, value) in fill ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        var action = new Uri(page.RequestMessage!.RequestUri!, actionOverride ?? form.GetAttribute("action") ?? string.Empty);
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(action, content);
    }

    public void Dispose() => _http.Dispose();
}
