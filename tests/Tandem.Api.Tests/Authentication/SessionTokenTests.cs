using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Authentication;

[Collection(SharedApiServers.Name)]
public sealed class SessionTokenTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answers_me_with_the_users_data_for_a_token_like_the_web_servers(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();

        using var response = await server.GetAsync("/me", TestTokens.Mint(session, server.SigningKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(session.UserId, me.GetProperty("id").GetGuid());
        Assert.Equal(session.DisplayName, me.GetProperty("displayName").GetString());
        Assert.Equal(session.Handle, me.GetProperty("handle").GetString());
        Assert.Equal(session.Email, me.GetProperty("email").GetString());
        Assert.True(me.GetProperty("emailVerified").GetBoolean());
        Assert.Equal(session.AvatarUrl, me.GetProperty("avatarUrl").GetString());
        Assert.Equal(0, me.GetProperty("postCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(RejectedTokens.Rows), MemberType = typeof(RejectedTokens))]
    public async Task Rejects_with_401_problem_details(DatabaseProvider provider, string credential)
    {
        var server = await servers.GetAsync(provider);
        var authorization = await RejectedTokens.AuthorizationAsync(credential, server);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await server.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        if (authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true && authorization.Length > 7)
        {
            Assert.Equal("error=\"invalid_token\"", challenge.Parameter);
            var token = authorization["Bearer ".Length..];
            Assert.DoesNotContain(server.Logs.Entries, entry => entry.Mentions(token));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rejects_the_very_next_request_once_the_session_is_revoked(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var token = TestTokens.Mint(session, server.SigningKey);

        using (var before = await server.GetAsync("/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await server.RevokeSessionAsync(session.SessionId);

        using var after = await server.GetAsync("/me", token);
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Logs_a_rejection_with_its_reason_but_not_the_token_or_session_id(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var token = TestTokens.Mint(session, server.SigningKey);
        await server.RevokeSessionAsync(session.SessionId);

        using var response = await server.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var fingerprint = Api.Authentication.SessionFingerprint.Of(session.SessionId);
        Assert.Contains(server.Logs.Entries, entry =>
            entry.EventId == 3002 && entry.Message.Contains("session revoked", StringComparison.Ordinal)
            && entry.Message.Contains(fingerprint, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Entries, entry =>
            entry.Mentions(token) || entry.Mentions(session.SessionId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_a_100_KB_token_before_it_reaches_the_application(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var token = TestTokens.Mint(
            session, server.SigningKey, t => t.Claims["padding"] = new string('a', 100_000));

        using var response = await server.GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
