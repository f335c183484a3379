namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// A Cookie request header as an attacker edits it: cookies by name, in order, each replaceable or removable,
/// then sent as is, whatever the browser's own jar would have sent or dropped by now.
/// </summary>
internal sealed class CookieHeader
{
    public const string FlowCookiePrefix = "OpenIddict.Client.State.";

    private readonly List<KeyValuePair<string, string>> _cookies;

    private CookieHeader(List<KeyValuePair<string, string>> cookies) => _cookies = cookies;

    public static CookieHeader Parse(string header) => new(header
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1] : string.Empty))
        .ToList());

    /// <summary>The one cookie OpenIddict's client set when the browser started its sign-in.</summary>
    public KeyValuePair<string, string> FlowCookie =>
        Assert.Single(_cookies, c => c.Key.StartsWith(FlowCookiePrefix, StringComparison.Ordinal));

    public string Value(string name) => Assert.Single(_cookies, c => c.Key == name).Value;

    public CookieHeader With(string name, string value) =>
        new([.. _cookies.Where(c => c.Key != name), KeyValuePair.Create(name, value)]);

    public CookieHeader Without(string name) => new([.. _cookies.Where(c => c.Key != name)]);

    public override string ToString() => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Sends a GET with exactly this header, no cookie jar of its own, redirects not followed.</summary>
    public async Task<HttpResponseMessage> GetAsync(Uri url)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", ToString());
        }

        return await http.SendAsync(request);
    }
}
