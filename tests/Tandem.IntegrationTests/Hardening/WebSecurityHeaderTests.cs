using System.Net;

namespace Tandem.IntegrationTests.Hardening;

public sealed class WebSecurityHeaderTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    public static TheoryData<string, HttpStatusCode> Responses() => new()
    {
        { "/", HttpStatusCode.OK },
        { "/signin", HttpStatusCode.OK },
        { "/css/site.css", HttpStatusCode.OK },
        { "/speculation-rules.json", HttpStatusCode.OK },
        { "/robots.txt", HttpStatusCode.OK },
        { "/feed.atom", HttpStatusCode.OK },
        { "/account", HttpStatusCode.Redirect },
        { "/no-such-page", HttpStatusCode.NotFound },
        { "/posts/999999/missing", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS was sent on a plain-HTTP site.");
    }

    [Fact]
    public async Task The_error_page_for_a_refused_form_post_carries_the_security_headers()
    {
        using var browser = stack.NewBrowser();

        // No anti-forgery token: refused with 400 and the status page.
        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/signout")
        {
            Content = new FormUrlEncodedContent([]),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_policy_runs_no_inline_script_or_eval_and_lets_the_sign_in_form_reach_the_provider()
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync("/signin");
        var directives = Directives(response);

        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal($"'self' http://127.0.0.1:{stack.Identity.Port}", directives["form-action"]);
        Assert.DoesNotContain(directives.Values, value => value.Contains("unsafe", StringComparison.Ordinal));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));

        var directives = Directives(response);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
    }

    internal static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Single(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty);

    internal static string Single(HttpResponseMessage response, string header)
    {
        var found = response.Headers.TryGetValues(header, out var values)
            || response.Content.Headers.TryGetValues(header, out values);
        Assert.True(found, $"{response.RequestMessage?.RequestUri} has no {header} header.");
        return Assert.Single(values!);
    }
}
