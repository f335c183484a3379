using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Tandem.Web.Sessions;

namespace Tandem.Web.Caching;

/// <summary>
/// Caches a page only for a reader without a session cookie, and only a plain 200 that sets no cookie, so
/// no cached page ever carries one person's content or cookie to another. Varies by path and by the
/// <c>before</c> query (the page of older posts), and by <see cref="PageCacheGeneration"/>, which moves on
/// when any post changes.
/// </summary>
internal sealed class AnonymousPagePolicy : IOutputCachePolicy
{
    public const string Name = "AnonymousPages";

    public const string PostsTag = "posts";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value;
        var cacheable = options.Enabled && IsReadRequest(http.Request) && !IsSignedIn(http);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.Duration;
        context.CacheVaryByRules.QueryKeys = "before";
        context.CacheVaryByRules.VaryByValues[PostsTag] =
            http.RequestServices.GetRequiredService<PageCacheGeneration>().Current;
        context.Tags.Add(PostsTag);

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Runs as the response starts, when its status and headers are final.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsReadRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Headers.ContainsKey(HeaderNames.Authorization);

    // Any session cookie counts, live or not: the cookie is only unwrapped later, by authentication, and a
    // request that carries one must reach it (to be signed in, or to have a dead cookie deleted).
    private static bool IsSignedIn(HttpContext http)
    {
        var cookie = http.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(SessionCookieDefaults.AuthenticationScheme).Cookie.Name;
        return cookie is not null && http.Request.Cookies.ContainsKey(cookie);
    }
}
