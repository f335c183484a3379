using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.Bench.SignIn;

/// <summary>
/// One browser: its own cookie jar, forms submitted with their hidden fields, redirects followed one at
/// a time so that each hop of the sign-in can be checked.
/// </summary>
internal sealed class BenchBrowser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public BenchBrowser(TimeSpan timeout)
    {
        _http = new HttpClient(new LoopbackCookieHandler(_cookies)) { Timeout = timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Tandem.Bench.SignIn/1.0");
    }

    public async Task<Page> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(url, cancellationToken);
        return await Page.ReadAsync(url, response, cancellationToken);
    }

    /// <summary>Submits the first form on <paramref name="page"/> that <paramref name="pick"/> accepts.</summary>
    public async Task<Page> SubmitAsync(
        Page page,
        Func<IHtmlFormElement, bool> pick,
        IReadOnlyDictionary<string, string> fill,
        CancellationToken cancellationToken)
    {
        using var document = await Parser.ParseDocumentAsync(page.Html, cancellationToken);
        var form = document.Forms.FirstOrDefault(pick)
            ?? throw new SignInStepException($"{page.Url} has no form to submit (status {page.Status}).");

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (!string.IsNullOrEmpty(input.Name) && (input.Type != "checkbox" || input.IsChecked))
            {
                fields[input.Name] = input.Value;
            }
        }

        foreach (var (name, value) in fill)
        {
            fields[name] = value;
        }

        var action = new Uri(page.Url, form.GetAttribute("action") ?? string.Empty);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(action, content, cancellationToken);
        return await Page.ReadAsync(action, response, cancellationToken);
    }

    /// <summary>The value of the cookie this browser holds for <paramref name="site"/>, or null.</summary>
    public string? CookieValue(Uri site, string name) =>
        _cookies.GetCookies(LoopbackCookieHandler.AsSecureContext(site))[name]?.Value;

    public void Dispose() => _http.Dispose();

    /// <summary>What a request answered: enough to check a hop and take the next one.</summary>
    internal sealed record Page(Uri Url, HttpStatusCode Status, Uri? Location, string Html)
    {
        public static async Task<Page> ReadAsync(
            Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var location = response.Headers.Location is { } target ? new Uri(url, target) : null;
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            return new Page(url, response.StatusCode, location, html);
        }

        /// <summary>Where this redirect points; throws, naming the step, when it is not one.</summary>
        public Uri RedirectTarget(string step) =>
            Status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && Location is not null
                ? Location
                : throw Unexpected(step, "a redirect");

        public Page EnsureOk(string step) => Status == HttpStatusCode.OK ? this : throw Unexpected(step, "200 OK");

        private SignInStepException Unexpected(string step, string expected) =>
            new(string.Create(CultureInfo.InvariantCulture,
                $"{step}: expected {expected} from {Url} but got {(int)Status}" +
                $"{(Location is null ? "" : " to " + Location)}."));
    }
}
