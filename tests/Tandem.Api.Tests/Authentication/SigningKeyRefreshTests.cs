using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Tandem.Api.Authentication;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Authentication;

/// <summary>
/// How the API learns about keys the web server publishes and removes. Each test runs its own server on a
/// fake clock, so that "a moment later" and "a minute later" are the test's to decide.
/// </summary>
public sealed class SigningKeyRefreshTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepts_a_key_published_after_start_up_on_its_first_token(DatabaseProvider provider)
    {
        await using var server = await StartAsync(provider);
        var session = await server.SignInAsync();
        server.Clock.Advance(SigningKeyCache.MinimumRefreshInterval);

        using var published = new TestSigningKey();
        await server.AddSigningKeyAsync(published, DateTimeOffset.UtcNow.AddDays(1));

        using var response = await server.GetAsync("/me", TestTokens.Mint(session, published));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reads_the_keys_for_unknown_kids_at_most_once_per_interval(DatabaseProvider provider)
    {
        await using var server = await StartAsync(provider);
        var session = await server.SignInAsync();
        server.Clock.Advance(SigningKeyCache.MinimumRefreshInterval);

        // A flood of made-up kids: the first one reads the table, the others find it read too recently.
        for (var i = 0; i < 20; i++)
        {
            using var madeUp = new TestSigningKey();
            using var rejected = await server.GetAsync("/me", TestTokens.Mint(session, madeUp));
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        using var published = new TestSigningKey();
        await server.AddSigningKeyAsync(published, DateTimeOffset.UtcNow.AddDays(1));
        var token = TestTokens.Mint(session, published);

        using (var tooSoon = await server.GetAsync("/me", token))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, tooSoon.StatusCode);
        }

        server.Clock.Advance(SigningKeyCache.MinimumRefreshInterval);

        using var later = await server.GetAsync("/me", token);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stops_accepting_a_removed_key_at_the_next_scheduled_read(DatabaseProvider provider)
    {
        await using var server = await StartAsync(provider);
        var token = TestTokens.Mint(await server.SignInAsync(), server.SigningKey);

        await server.WithDatabaseAsync(db =>
            db.SigningKeys.Where(k => k.Id == server.SigningKey.Id).ExecuteDeleteAsync());

        using (var cached = await server.GetAsync("/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        server.Clock.Advance(SigningKeyCache.RefreshInterval);

        // The scheduled read runs on a timer callback, so its result shows up shortly after, not at once.
        Assert.True(await EventuallyAsync(async () =>
        {
            using var response = await server.GetAsync("/me", token);
            return response.StatusCode == HttpStatusCode.Unauthorized;
        }));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stops_accepting_a_key_the_moment_it_retires(DatabaseProvider provider)
    {
        await using var server = await StartAsync(provider);
        var session = await server.SignInAsync();
        server.Clock.Advance(SigningKeyCache.MinimumRefreshInterval);

        using var retiring = new TestSigningKey();
        await server.AddSigningKeyAsync(retiring, server.Clock.GetUtcNow().AddSeconds(20));
        var token = TestTokens.Mint(session, retiring);

        using (var before = await server.GetAsync("/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Well before the next scheduled read: retirement is checked on every token, not at refresh.
        server.Clock.Advance(TimeSpan.FromSeconds(20));

        using var after = await server.GetAsync("/me", token);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reads_an_empty_key_table_again_at_once_so_the_first_key_of_a_fresh_database_is_accepted(
        DatabaseProvider provider)
    {
        await using var server = await StartAsync(provider);
        var session = await server.SignInAsync();
        var oldToken = TestTokens.Mint(session, server.SigningKey);
        await server.WithDatabaseAsync(db => db.SigningKeys.ExecuteDeleteAsync());
        server.Clock.Advance(SigningKeyCache.RefreshInterval);
        Assert.True(await EventuallyAsync(async () =>
        {
            using var response = await server.GetAsync("/me", oldToken);
            return response.StatusCode == HttpStatusCode.Unauthorized;
        }));

        // The API has just read an empty table, as it does when it starts before the web server's first key.
        using var first = new TestSigningKey();
        await server.AddSigningKeyAsync(first, DateTimeOffset.UtcNow.AddDays(1));

        using var response = await server.GetAsync("/me", TestTokens.Mint(session, first));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<ApiServer> StartAsync(DatabaseProvider provider) => await ApiServer.StartAsync(
        await TestDatabase.CreateAsync(provider), new FakeTimeProvider(DateTimeOffset.UtcNow));

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
