namespace Tandem.IntegrationTests.Caching;

/// <summary>A response that sets a cookie belongs to one reader, so the output cache never keeps it.</summary>
public sealed class SetCookieCachingTests(SetCookieSystem stack) : IClassFixture<SetCookieSystem>
{
    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_cached()
    {
        var path = $"/?before={Random.Shared.NextInt64(1_000_000, long.MaxValue)}";

        var withCookie = await AnonymousReader.GetAsync(stack, path, r => r.Headers.Add(SetCookieSystem.HeaderName, "1"));
        var next = await AnonymousReader.GetAsync(stack, path);
        var third = await AnonymousReader.GetCachedAsync(stack, path);

        Assert.True(withCookie.SetsCookie);
        Assert.False(withCookie.FromCache);
        Assert.False(next.FromCache);
        Assert.True(third.FromCache);
    }
}
