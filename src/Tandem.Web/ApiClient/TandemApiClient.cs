using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Tandem.Web.ApiClient;

/// <summary>
/// The typed HTTP client pages use to get their data. Connections are pooled by the client factory;
/// anonymous calls carry no token, and a signed-in page's calls carry its session's JWT. A call that fails
/// (unreachable, too slow, a 5xx) is logged here, since the page only tells the reader.
/// </summary>
internal sealed class TandemApiClient(HttpClient http, ILogger<TandemApiClient> logger)
{
    public Task<PostList?> ListPostsAsync(long? before, CancellationToken cancellationToken) =>
        ReadAsync<PostList>(Get("/posts" + BeforeQuery(before)), cancellationToken);

    public Task<PostDetail?> GetPostAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync<PostDetail>(Get(Invariant($"/posts/{id}")), cancellationToken);

    public Task<AuthorProfile?> GetAuthorAsync(string handle, CancellationToken cancellationToken) =>
        ReadAsync<AuthorProfile>(Get("/users/" + Uri.EscapeDataString(handle)), cancellationToken);

    public Task<PostList?> ListAuthorPostsAsync(string handle, long? before, CancellationToken cancellationToken) =>
        ReadAsync<PostList>(Get($"/users/{Uri.EscapeDataString(handle)}/posts{BeforeQuery(before)}"), cancellationToken);

    public Task<SitemapPage?> GetSitemapPageAsync(int page, CancellationToken cancellationToken) =>
        ReadAsync<SitemapPage>(Get(Invariant($"/sitemap/posts?page={page}")), cancellationToken);

    /// <summary>Changes whenever any post is created, edited or deleted; the page cache polls it.</summary>
    public Task<PostsVersion?> GetPostsVersionAsync(CancellationToken cancellationToken) =>
        ReadAsync<PostsVersion>(Get("/posts/version"), cancellationToken);

    /// <summary>The signed-in user, or null when the API does not accept the token (session ended).</summary>
    public Task<CurrentUser?> GetCurrentUserAsync(string accessToken, CancellationToken cancellationToken) =>
        ReadAsync<CurrentUser>(Get("/me", accessToken), cancellationToken);

    /// <summary>The user, their newest posts and live sessions, or null when the API does not accept the token.</summary>
    public Task<AccountOverview?> GetAccountOverviewAsync(string accessToken, CancellationToken cancellationToken) =>
        ReadAsync<AccountOverview>(Get("/me/account", accessToken), cancellationToken);

    public Task<IReadOnlyList<SessionInfo>?> GetSessionsAsync(string accessToken, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<SessionInfo>>(Get("/me/sessions", accessToken), cancellationToken);

    public Task<IReadOnlyList<LoginInfo>?> GetLoginsAsync(string accessToken, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<LoginInfo>>(Get("/me/logins", accessToken), cancellationToken);

    /// <summary>Removes one of the user's logins; answers Conflict when it is their last one.</summary>
    public Task<ApiWriteResult<LoginInfo>> UnlinkLoginAsync(
        string accessToken, long id, CancellationToken cancellationToken) =>
        WriteAsync<LoginInfo>(
            Send(HttpMethod.Delete, Invariant($"/me/logins/{id}"), accessToken, body: null), cancellationToken);

    /// <summary>Ends one session, named by the id the session list gives; NotFound when it is not live.</summary>
    public Task<ApiWriteResult<EndedSessions>> EndSessionAsync(
        string accessToken, string id, CancellationToken cancellationToken) =>
        WriteAsync<EndedSessions>(
            Send(HttpMethod.Delete, "/me/sessions/" + Uri.EscapeDataString(id), accessToken, body: null),
            cancellationToken);

    public Task<ApiWriteResult<EndedSessions>> EndOtherSessionsAsync(
        string accessToken, CancellationToken cancellationToken) =>
        WriteAsync<EndedSessions>(
            Send(HttpMethod.Delete, "/me/sessions/others", accessToken, body: null), cancellationToken);

    /// <summary>Ends every session of the user, the caller's own included.</summary>
    public Task<ApiWriteResult<EndedSessions>> EndAllSessionsAsync(
        string accessToken, CancellationToken cancellationToken) =>
        WriteAsync<EndedSessions>(
            Send(HttpMethod.Delete, "/me/sessions", accessToken, body: null), cancellationToken);

    public Task<ActivityList?> GetActivityAsync(
        string accessToken, long? before, CancellationToken cancellationToken) =>
        ReadAsync<ActivityList>(Get("/me/activity" + BeforeQuery(before), accessToken), cancellationToken);

    /// <summary>
    /// Deletes the user and everything theirs; Invalid, deleting nothing, when <paramref name="confirmHandle"/>
    /// is not their handle.
    /// </summary>
    public Task<ApiWriteResult<object>> DeleteAccountAsync(
        string accessToken, string confirmHandle, CancellationToken cancellationToken) =>
        WriteAsync<object>(
            Send(HttpMethod.Delete, "/me?confirm=" + Uri.EscapeDataString(confirmHandle), accessToken, body: null),
            cancellationToken);

    public Task<ApiWriteResult<PostDetail>> CreatePostAsync(string accessToken, PostDraft draft, CancellationToken cancellationToken) =>
        WriteAsync<PostDetail>(Send(HttpMethod.Post, "/posts", accessToken, draft), cancellationToken);

    public Task<ApiWriteResult<PostDetail>> UpdatePostAsync(
        string accessToken, long id, PostDraft draft, CancellationToken cancellationToken) =>
        WriteAsync<PostDetail>(Send(HttpMethod.Put, Invariant($"/posts/{id}"), accessToken, draft), cancellationToken);

    public Task<ApiWriteResult<PostDetail>> DeletePostAsync(string accessToken, long id, CancellationToken cancellationToken) =>
        WriteAsync<PostDetail>(Send(HttpMethod.Delete, Invariant($"/posts/{id}"), accessToken, body: null), cancellationToken);

    /// <summary>The user's tokens that are not revoked; null when the API does not accept the session token.</summary>
    public Task<IReadOnlyList<ApiTokenInfo>?> ListApiTokensAsync(
        string accessToken, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ApiTokenInfo>>(Get("/me/tokens", accessToken), cancellationToken);

    /// <summary>Creates an API token; the result holds its secret, which the API never sends again.</summary>
    public Task<ApiWriteResult<CreatedApiToken>> CreateApiTokenAsync(
        string accessToken, string name, int? expiresInDays, CancellationToken cancellationToken) =>
        WriteAsync<CreatedApiToken>(
            Send(HttpMethod.Post, "/me/tokens", accessToken, new { name, expiresInDays }), cancellationToken);

    public Task<ApiWriteResult<ApiTokenInfo>> RevokeApiTokenAsync(
        string accessToken, Guid id, CancellationToken cancellationToken) =>
        WriteAsync<ApiTokenInfo>(
            Send(HttpMethod.Delete, Invariant($"/me/tokens/{id}"), accessToken, body: null), cancellationToken);

    /// <summary>The body rendered and sanitized exactly as it would be when saved, without saving it.</summary>
    public async Task<string?> PreviewAsync(string accessToken, string body, CancellationToken cancellationToken) =>
        (await ReadAsync<PreviewResult>(Send(HttpMethod.Post, "/posts/preview", accessToken, new { body }), cancellationToken))?.Html;

    private static HttpRequestMessage Get(string path, string? accessToken = null) =>
        Send(HttpMethod.Get, path, accessToken, body: null);

    private static HttpRequestMessage Send(HttpMethod method, string path, string? accessToken, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private async Task<T?> ReadAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureAnswered(response);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new ApiUnavailableException("The API server sent an empty answer.");
    }

    private async Task<ApiWriteResult<T>> WriteAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new ApiWriteResult<T>(ApiWriteOutcome.SignedOut);
            case HttpStatusCode.Forbidden:
                return new ApiWriteResult<T>(ApiWriteOutcome.Forbidden);
            case HttpStatusCode.NotFound:
                return new ApiWriteResult<T>(ApiWriteOutcome.NotFound);
            case HttpStatusCode.Conflict:
                return new ApiWriteResult<T>(
                    ApiWriteOutcome.Conflict, Errors: await ReadErrorsAsync(response, cancellationToken));
            case HttpStatusCode.BadRequest:
                return new ApiWriteResult<T>(ApiWriteOutcome.Invalid, Errors: await ReadErrorsAsync(response, cancellationToken));
            case HttpStatusCode.NoContent:
                return new ApiWriteResult<T>(ApiWriteOutcome.Done);
            default:
                EnsureAnswered(response);
                return new ApiWriteResult<T>(
                    ApiWriteOutcome.Done, await response.Content.ReadFromJsonAsync<T>(cancellationToken));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                ApiClientLog.Unreachable(logger, request.Method.Method, PathOf(request), exception);
                throw new ApiUnavailableException("The API server could not be reached.", exception);
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                ApiClientLog.TimedOut(logger, request.Method.Method, PathOf(request), http.Timeout);
                throw new ApiUnavailableException("The API server did not answer in time.", exception);
            }
        }
    }

    private void EnsureAnswered(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new ApiRateLimitedException(RetryAfterSeconds(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            if (response.RequestMessage is { } request)
            {
                ApiClientLog.FailedStatus(
                    logger, request.Method.Method, PathOf(request), (int)response.StatusCode);
            }

            throw new ApiUnavailableException(Invariant($"The API server answered {(int)response.StatusCode}."));
        }
    }

    private static string PathOf(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath
        : request.RequestUri?.OriginalString.Split('?', 2)[0] ?? "";

    /// <summary>Retry-After in whole seconds from now, at least 1, sent as seconds or as a date.</summary>
    private static int? RetryAfterSeconds(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };

        return wait is { } value ? Math.Max(1, (int)Math.Ceiling(value.TotalSeconds)) : null;
    }

    /// <summary>The field errors of a validation problem (RFC 9457 with ASP.NET Core's "errors" member).</summary>
    private static async Task<IReadOnlyDictionary<string, string[]>> ReadErrorsAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var fields)
            && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();
            }
        }
        else
        {
            errors[string.Empty] = [problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "The request was refused."];
        }

        return errors;
    }

    private static string BeforeQuery(long? before) =>
        before is { } id ? Invariant($"?before={id}") : string.Empty;

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
