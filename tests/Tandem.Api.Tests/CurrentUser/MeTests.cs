using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.CurrentUser;

[Collection(SharedApiServers.Name)]
public sealed class MeTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Names_the_user_and_counts_their_posts(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var me = await server.SignInAsync();
        var token = server.MintToken(me);
        var otherToken = server.MintToken(await server.SignInAsync());
        for (var i = 0; i < 3; i++)
        {
            await TestPosts.CreateAsync(server, token, $"Mine {i}");
        }

        await TestPosts.CreateAsync(server, otherToken, "Not mine");

        using var response = await server.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["id", "displayName", "handle", "email", "emailVerified", "avatarUrl", "postCount"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(me.UserId, body.GetProperty("id").GetGuid());
        Assert.Equal(me.Handle, body.GetProperty("handle").GetString());
        Assert.Equal(3, body.GetProperty("postCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_account_overview_has_the_user_their_ten_newest_posts_and_live_sessions(
        DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var me = await server.SignInAsync();
        var token = server.MintToken(me);
        var otherToken = server.MintToken(await server.SignInAsync());
        List<long> mine = [];
        for (var i = 0; i < 12; i++)
        {
            mine.Add((await TestPosts.CreateAsync(server, token, $"Mine {i}")).GetProperty("id").GetInt64());
        }

        await TestPosts.CreateAsync(server, otherToken, "Not mine");
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1);
        var other = await server.AddSessionAsync(me.UserId, s => s.CreatedAt = hourAgo);
        await server.AddSessionAsync(me.UserId, s => s.RevokedAt = DateTimeOffset.UtcNow.AddMinutes(-5));

        using var response = await server.GetAsync("/me/account", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["user", "recentPosts", "sessions"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, body.GetProperty("user").GetProperty("postCount").GetInt32());
        Assert.Equal(me.Handle, body.GetProperty("user").GetProperty("handle").GetString());
        var recent = body.GetProperty("recentPosts").EnumerateArray().ToList();
        Assert.Equal(
            mine.AsEnumerable().Reverse().Take(10), recent.Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal("Mine 11", recent[0].GetProperty("title").GetString());
        Assert.Equal("mine-11", recent[0].GetProperty("slug").GetString());
        Assert.Equal(me.Handle, recent[0].GetProperty("author").GetProperty("handle").GetString());
        var sessions = body.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(
            [Fingerprint(me.SessionId), Fingerprint(other)],
            sessions.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([true, false], sessions.Select(s => s.GetProperty("current").GetBoolean()));
        Assert.DoesNotContain(me.SessionId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_account_overview_lists_no_posts_for_a_user_who_has_written_none(
        DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var me = await server.SignInAsync();

        using var response = await server.GetAsync("/me/account", server.MintToken(me));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("user").GetProperty("postCount").GetInt32());
        Assert.Empty(body.GetProperty("recentPosts").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_the_account_overview_without_a_token(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/me/account", bearerToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lists_live_sessions_newest_first_marking_the_current_one(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var now = DateTimeOffset.UtcNow;
        var me = await server.SignInAsync(s =>
        {
            s.CreatedAt = now.AddHours(-2);
            s.UserAgent = "Firefox";
            s.IpAddress = "127.0.0.1";
        });
        var newer = await server.AddSessionAsync(me.UserId, s =>
        {
            s.CreatedAt = now.AddHours(-1);
            s.UserAgent = "Safari";
            s.Provider = "google";
        });
        var oldest = await server.AddSessionAsync(me.UserId, s => s.CreatedAt = now.AddDays(-3));
        await server.AddSessionAsync(me.UserId, s => s.RevokedAt = now.AddMinutes(-5));
        await server.AddSessionAsync(me.UserId, s => s.ExpiresAt = now.AddMinutes(-5));
        await server.SignInAsync();

        using var response = await server.GetAsync("/me/sessions", server.MintToken(me));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sessions = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(
            [Fingerprint(newer), Fingerprint(me.SessionId), Fingerprint(oldest)],
            sessions.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([false, true, false], sessions.Select(s => s.GetProperty("current").GetBoolean()));

        var current = sessions[1];
        Assert.Equal(
            ["id", "createdAt", "lastSeenAt", "expiresAt", "userAgent", "ipAddress", "provider", "current"],
            current.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, current.GetProperty("id").GetString()!.Length);
        Assert.Equal("Firefox", current.GetProperty("userAgent").GetString());
        Assert.Equal("127.0.0.1", current.GetProperty("ipAddress").GetString());
        Assert.Equal("dev", current.GetProperty("provider").GetString());
        Assert.Equal("google", sessions[0].GetProperty("provider").GetString());
        Assert.True(current.GetProperty("expiresAt").GetDateTimeOffset() > now);
        var json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(me.SessionId, json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_the_session_list_without_a_token(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/me/sessions", bearerToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static string Fingerprint(string sessionId) => Api.Authentication.SessionFingerprint.Of(sessionId);
}
