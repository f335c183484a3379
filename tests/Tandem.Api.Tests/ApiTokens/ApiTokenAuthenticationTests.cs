using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.ApiTokens;

[Collection(SharedApiServers.Name)]
public sealed class ApiTokenAuthenticationTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_token_reads_me_and_writes_a_post_as_its_user(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        using var me = await server.GetAsync("/me", created.Secret);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(session.UserId, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        var post = await TestPosts.CreateAsync(server, created.Secret, "Written by a script");
        Assert.Equal(session.UserId, post.GetProperty("author").GetProperty("id").GetGuid());

        using var deleted = await server.SendAsync(
            HttpMethod.Delete, $"/posts/{post.GetProperty("id").GetInt64()}", created.Secret);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Listing_sessions_with_a_token_marks_none_as_current(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        using var response = await server.GetAsync("/me/sessions", created.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sessions = await response.Content.ReadFromJsonAsync<JsonElement[]>();
        var only = Assert.Single(sessions!);
        Assert.False(only.GetProperty("current").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rejects_the_very_next_request_once_the_token_is_revoked(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);
        using (var before = await server.GetAsync("/me", created.Secret))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var revoked = await server.SendAsync(
            HttpMethod.Delete, $"/me/tokens/{created.Id}", server.MintToken(session)))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        using var after = await server.GetAsync("/me", created.Secret);
        await AssertRefusedAsync(after);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rejects_a_token_past_its_expiry(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session, expiresInDays: 1);

        await server.WithDatabaseAsync(db => db.ApiTokens
            .Where(t => t.Id == created.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

        using var response = await server.GetAsync("/me", created.Secret);
        await AssertRefusedAsync(response);
        Assert.Contains(server.Logs.Entries, e =>
            e.Message.Contains($"{created.Id}: token expired", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rejects_a_token_whose_user_was_deleted(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        await server.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.UserId).ExecuteDeleteAsync());

        using var response = await server.GetAsync("/me", created.Secret);
        await AssertRefusedAsync(response);
    }

    [Theory]
    [MemberData(nameof(RejectedApiTokens.Rows), MemberType = typeof(RejectedApiTokens))]
    public async Task Rejects_a_garbled_token_with_401_and_never_logs_it(DatabaseProvider provider, string row)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);
        var garbled = RejectedApiTokens.Garble(row, created.Secret);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + garbled);
        using var response = await server.Client.SendAsync(request);

        await AssertRefusedAsync(response);
        Assert.DoesNotContain(server.Logs.Entries, e => e.Mentions(created.Secret[4..]));
        if (garbled.Length > 8)
        {
            Assert.DoesNotContain(server.Logs.Entries, e => e.Mentions(garbled[4..]));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepts_the_bearer_scheme_name_in_any_case(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.TryAddWithoutValidation("Authorization", "bearer " + created.Secret);
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Records_the_last_use_at_most_once_a_minute(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        (await server.GetAsync("/me", created.Secret)).Dispose();
        var first = await LastUsedAtAsync(server, created.Id);
        Assert.NotNull(first);

        (await server.GetAsync("/me", created.Secret)).Dispose();
        Assert.Equal(first, await LastUsedAtAsync(server, created.Id));

        var longAgo = DateTimeOffset.UtcNow.AddMinutes(-2);
        await server.WithDatabaseAsync(db => db.ApiTokens
            .Where(t => t.Id == created.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, longAgo)));
        (await server.GetAsync("/me", created.Secret)).Dispose();
        Assert.True(await LastUsedAtAsync(server, created.Id) > longAgo.AddMinutes(1));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal("error=\"invalid_token\"", challenge.Parameter);
    }

    private static async Task<DateTimeOffset?> LastUsedAtAsync(ApiServer server, Guid tokenId)
    {
        DateTimeOffset? lastUsedAt = null;
        await server.WithDatabaseAsync(async db => lastUsedAt = await db.ApiTokens
            .AsNoTracking()
            .Where(t => t.Id == tokenId)
            .Select(t => t.LastUsedAt)
            .SingleAsync());
        return lastUsedAt;
    }
}
