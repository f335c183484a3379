using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tandem.IntegrationTests.ApiProxy;

[Collection(SharedApiProxySystem.Name)]
public sealed class ApiProxyForwardingTests(ApiProxySystem stack)
{
    [Fact]
    public async Task A_signed_in_browser_reaches_the_API_as_itself_with_its_session_cookie_alone()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Grace Hopper");
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var probe = Probe();

        using var me = await browser.GetAsync("/api/me?probe=" + probe);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.Equal(person.DisplayName, json.RootElement.GetProperty("displayName").GetString());
        var user = await stack.FindUserAsync("dev", person.Subject!);
        var token = Assert.Single(await stack.SessionsOfAsync(user!.Id)).AccessToken;
        var received = stack.ApiRequests.Received(probe);
        Assert.Equal("/me?probe=" + probe, received.PathAndQuery);
        Assert.Equal("Bearer " + token, received.Header("Authorization"));
    }

    [Fact]
    public async Task An_anonymous_visitor_reads_posts_through_the_web_and_the_API_gets_no_credentials()
    {
        using var browser = stack.NewBrowser();
        var probe = Probe();

        using var posts = await browser.GetAsync("/api/posts?probe=" + probe);

        Assert.Equal(HttpStatusCode.OK, posts.StatusCode);
        Assert.Equal("application/json", posts.Content.Headers.ContentType?.MediaType);
        var received = stack.ApiRequests.Received(probe);
        Assert.Null(received.Header("Authorization"));
        Assert.Null(received.Header("Cookie"));
    }

    [Fact]
    public async Task After_sign_out_the_same_cookie_gets_the_APIs_401_through_the_web()
    {
        using var browser = stack.NewBrowser();
        (await SignInJourney.SignInAsync(browser, DevPerson.Unique())).Dispose();
        using var account = await browser.GetAsync("/account");
        var cookie = browser.CookieHeaderFor(stack.Web.BaseAddress);
        (await browser.SubmitFormAsync(account, form => form.Action.EndsWith("/signout", StringComparison.Ordinal)))
            .Dispose();
        var probe = Probe();

        using var http = new HttpClient(new HttpClientHandler { UseCookies = false })
        {
            BaseAddress = stack.Web.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me?probe=" + probe);
        request.Headers.Add("Cookie", cookie);
        using var replayed = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.NotEqual("text/html", replayed.Content.Headers.ContentType?.MediaType);
        Assert.Null(stack.ApiRequests.Received(probe).Header("Authorization"));
    }

    [Fact]
    public async Task The_API_never_receives_the_browsers_cookie_its_own_authorization_or_spoofed_forwarding_headers()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var probe = Probe();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me?probe=" + probe);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "forged-by-the-browser");
        request.Headers.Add("X-Forwarded-For", "203.0.113.66");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Server", "evil.example");
        request.Headers.Add("Forwarded", "for=203.0.113.66;host=evil.example");
        using var me = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var received = stack.ApiRequests.Received(probe);
        Assert.Null(received.Header("Cookie"));
        var user = await stack.FindUserAsync("dev", person.Subject!);
        var token = Assert.Single(await stack.SessionsOfAsync(user!.Id)).AccessToken;
        Assert.Equal("Bearer " + token, received.Header("Authorization"));
        Assert.Equal("127.0.0.1", received.Header("X-Forwarded-For"));
        Assert.Equal(stack.Web.BaseAddress.Authority, received.Header("X-Forwarded-Host"));
        Assert.Equal("http", received.Header("X-Forwarded-Proto"));
        Assert.Null(received.Header("X-Forwarded-Server"));
        Assert.Null(received.Header("Forwarded"));
        Assert.DoesNotContain(
            received.Headers.Values, value => value.Contains("evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_sent_by_an_anonymous_browser_is_dropped_before_the_API()
    {
        using var browser = stack.NewBrowser();
        var probe = Probe();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me?probe=" + probe);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "forged-by-the-browser");
        using var me = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Null(stack.ApiRequests.Received(probe).Header("Authorization"));
    }

    [Fact]
    public async Task An_API_error_passes_through_unchanged_as_problem_details()
    {
        using var browser = stack.NewBrowser();
        using var direct = new HttpClient { BaseAddress = stack.Api.BaseAddress };

        using var proxied = await browser.GetAsync("/api/posts/987654321");
        using var original = await direct.GetAsync(new Uri("/posts/987654321", UriKind.Relative));

        var detail = await ProblemJson.AssertAsync(proxied, HttpStatusCode.NotFound);
        Assert.Equal(await ProblemJson.AssertAsync(original, HttpStatusCode.NotFound), detail);
    }

    [Fact]
    public async Task A_large_response_streams_through_before_the_API_has_finished_writing_it()
    {
        using var http = new HttpClient { BaseAddress = stack.Web.BaseAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var response = await http.GetAsync(
            new Uri("/api" + ApiRequestRecorder.StreamPath, UriKind.Relative),
            HttpCompletionOption.ResponseHeadersRead,
            timeout.Token);
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        var first = new byte[ApiRequestRecorder.FirstChunkBytes];
        await body.ReadExactlyAsync(first, timeout.Token);

        stack.ApiRequests.StreamRelease.TrySetResult();
        using var rest = new MemoryStream();
        await body.CopyToAsync(rest, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiRequestRecorder.RestBytes, rest.Length);
    }

    private static string Probe() => Guid.NewGuid().ToString("N");
}
