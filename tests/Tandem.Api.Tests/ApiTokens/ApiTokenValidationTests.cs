using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.ApiTokens;

[Collection(SharedApiServers.Name)]
public sealed class ApiTokenValidationTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(RejectedTokenRequests.Rows), MemberType = typeof(RejectedTokenRequests))]
    public async Task Refuses_with_400_naming_the_field_and_stores_nothing(DatabaseProvider provider, string row)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        var (json, field) = RejectedTokenRequests.Get(row);

        using var response = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", server.MintToken(session), TestPosts.RawJson(json));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        if (field is null)
        {
            Assert.False(problem.TryGetProperty("errors", out _));
        }
        else
        {
            var errors = problem.GetProperty("errors");
            Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
        }

        await server.WithDatabaseAsync(async db =>
            Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == session.UserId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepts_the_limits_a_100_character_name_and_1_or_366_days(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();

        var shortest = await TestApiTokens.CreateAsync(server, session, new string('é', 100), expiresInDays: 1);
        var longest = await TestApiTokens.CreateAsync(server, session, "yearly", expiresInDays: 366);

        Assert.Equal(new string('é', 100), shortest.Body.GetProperty("name").GetString());
        var lifetime = longest.Body.GetProperty("expiresAt").GetDateTimeOffset()
            - longest.Body.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(366), lifetime);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_a_body_that_is_not_json_with_415(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var session = await server.SignInAsync();
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["name"] = "x", ["expiresInDays"] = "30" });

        using var response = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", server.MintToken(session), form);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
