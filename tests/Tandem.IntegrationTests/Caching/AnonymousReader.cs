using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Tandem.IntegrationTests.Caching;

/// <summary>What the page-cache tests do besides browsing: read pages without cookies, call the API directly.</summary>
internal static class AnonymousReader
{
    /// <summary>
    /// How long a change made elsewhere may take to reach the pages: one poll (a second) plus the time the
    /// poll and a page take, which on a loaded test machine can be seconds. Far below the ten minutes a page
    /// would otherwise stay cached, so a test passing within it shows the change was noticed.
    /// </summary>
    public static readonly TimeSpan PollDeadline = TimeSpan.FromSeconds(10);

    /// <summary>A page fetched with no cookie at all, as a first-time reader fetches it.</summary>
    public static async Task<AnonymousPage> GetAsync(
        TandemSystem stack, string path, Action<HttpRequestMessage>? prepare = null)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = stack.Web.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        prepare?.Invoke(request);
        using var response = await http.SendAsync(request);

        // The output cache sends Age on every response it answers from memory, and never otherwise.
        return new AnonymousPage(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            FromCache: response.Headers.Age is not null,
            SetsCookie: response.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Fetches <paramref name="path"/> until <paramref name="done"/> holds or the deadline passes.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> GetUntilAsync(
        TandemSystem stack, string path, Func<HttpStatusCode, string, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow + PollDeadline;
        while (true)
        {
            var page = await GetAsync(stack, path);
            if (done(page.Status, page.Html) || DateTimeOffset.UtcNow > deadline)
            {
                return (page.Status, page.Html);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Fetches <paramref name="path"/> until the cache answers. After a write, the page stored first may be
    /// evicted once more by the next poll, which sees the write's new version; this waits that out.
    /// </summary>
    public static async Task<AnonymousPage> GetCachedAsync(TandemSystem stack, string path)
    {
        var deadline = DateTimeOffset.UtcNow + PollDeadline;
        while (true)
        {
            var page = await GetAsync(stack, path);
            if (page.FromCache || DateTimeOffset.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The JWT the web server holds for the newest session of the person with this e-mail.</summary>
    public static async Task<string> TokenOfAsync(TandemSystem stack, string email)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.Sessions
            .Where(s => s.User!.Email == email && s.AccessToken != null)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => s.AccessToken!)
            .FirstAsync();
    }

    /// <summary>Sends a write straight to the API, as a script holding a token would, past every web server.</summary>
    public static async Task<HttpStatusCode> SendToApiAsync(
        TandemSystem stack, HttpMethod method, string path, string token, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
