using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Audit;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.ApiTokens;

[Collection(SharedApiServers.Name)]
public sealed class ApiTokenManagementTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creates_a_token_whose_secret_is_sent_once_and_never_listed(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var jwt = server.MintToken(session);

        using var created = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", jwt, TestApiTokens.Json("  nightly backup  ", 90));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["id", "name", "prefix", "createdAt", "expiresAt", "secret"],
            body.EnumerateObject().Select(p => p.Name));
        var secret = body.GetProperty("secret").GetString()!;
        Assert.Matches("^tdm_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal("nightly backup", body.GetProperty("name").GetString());
        Assert.Equal(secret[..12], body.GetProperty("prefix").GetString());
        var createdAt = body.GetProperty("createdAt").GetDateTimeOffset();
        Assert.InRange(createdAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(createdAt.AddDays(90), body.GetProperty("expiresAt").GetDateTimeOffset());

        using var listed = await server.GetAsync("/me/tokens", jwt);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var listText = await listed.Content.ReadAsStringAsync();
        var token = Assert.Single(JsonDocument.Parse(listText).RootElement.EnumerateArray());
        Assert.Equal(
            ["id", "name", "prefix", "createdAt", "expiresAt", "lastUsedAt"],
            token.EnumerateObject().Select(p => p.Name));
        Assert.Equal(body.GetProperty("id").GetGuid(), token.GetProperty("id").GetGuid());
        Assert.Equal(createdAt, token.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, token.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(secret[12..], listText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, string.Join('\n', server.Logs.Entries.Select(e => $"{e.Message}\n{e.Exception}")),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_only_the_hash_of_the_secret(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();

        var created = await TestApiTokens.CreateAsync(server, session);

        await server.WithDatabaseAsync(async db =>
        {
            var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == created.Id);
            var stored = JsonSerializer.Serialize(row);
            Assert.DoesNotContain(created.Secret[12..], stored, StringComparison.Ordinal);
            Assert.Equal(
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                    System.Text.Encoding.ASCII.GetBytes(created.Secret))),
                row.SecretHash);
        });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Revoking_removes_the_token_from_the_list_and_audits_both_steps_by_name(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var jwt = server.MintToken(session);
        var created = await TestApiTokens.CreateAsync(server, session, name: "deploy bot");

        using (var revoked = await server.SendAsync(HttpMethod.Delete, $"/me/tokens/{created.Id}", jwt))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        using (var again = await server.SendAsync(HttpMethod.Delete, $"/me/tokens/{created.Id}", jwt))
        {
            await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        }

        using var listed = await server.GetAsync("/me/tokens", jwt);
        Assert.Empty(await listed.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);

        await server.WithDatabaseAsync(async db =>
        {
            var events = await db.AuditEvents.AsNoTracking()
                .Where(e => e.UserId == session.UserId)
                .OrderBy(e => e.Id)
                .ToListAsync();
            Assert.Equal(
                [AuditEventKinds.ApiTokenCreated, AuditEventKinds.ApiTokenRevoked], events.Select(e => e.Kind));
            Assert.All(events, e => Assert.Equal("deploy bot", e.Detail));
            Assert.All(events, e => Assert.NotNull(e.IpAddress));
            Assert.DoesNotContain(events, e =>
                JsonSerializer.Serialize(e).Contains(created.Secret[4..], StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Revoking_another_users_token_is_404_and_leaves_it_working(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var owner = await server.SignInAsync();
        var stranger = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, owner);

        using var refused = await server.SendAsync(
            HttpMethod.Delete, $"/me/tokens/{created.Id}", server.MintToken(stranger));

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.NotFound);
        using var stillWorks = await server.GetAsync("/me", created.Secret);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_api_token_cannot_create_list_or_revoke_tokens(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var created = await TestApiTokens.CreateAsync(server, session);

        using var create = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", created.Secret, TestApiTokens.Json("successor", 30));
        using var list = await server.GetAsync("/me/tokens", created.Secret);
        using var revoke = await server.SendAsync(HttpMethod.Delete, $"/me/tokens/{created.Id}", created.Secret);

        foreach (var response in new[] { create, list, revoke })
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Contains("API token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await server.WithDatabaseAsync(async db =>
            Assert.Equal(1, await db.ApiTokens.CountAsync(t => t.UserId == session.UserId && t.RevokedAt == null)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Managing_tokens_without_credentials_is_401(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", bearerToken: null, TestApiTokens.Json("anonymous", 30));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
