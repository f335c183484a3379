using System.Net;
using System.Text;
using System.Text.Json;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Posts;

[Collection(SharedApiServers.Name)]
public sealed class PostValidationTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(RejectedPostBodies.Rows), MemberType = typeof(RejectedPostBodies))]
    public async Task Refuses_to_create_a_post_from(DatabaseProvider provider, string rejectedBody)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        var (json, field) = RejectedPostBodies.Get(rejectedBody);

        using var response = await server.SendAsync(HttpMethod.Post, "/posts", token, TestPosts.RawJson(json));

        await AssertRejectedAsync(response, field);
    }

    [Theory]
    [MemberData(nameof(RejectedPostBodies.Rows), MemberType = typeof(RejectedPostBodies))]
    public async Task Refuses_to_update_a_post_from(DatabaseProvider provider, string rejectedBody)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        var id = (await TestPosts.CreateAsync(server, token)).GetProperty("id").GetInt64();
        var (json, field) = RejectedPostBodies.Get(rejectedBody);

        using var response = await server.SendAsync(
            HttpMethod.Put, $"/posts/{id}", token, TestPosts.RawJson(json));

        await AssertRejectedAsync(response, field);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_to_preview_an_empty_body_or_an_unknown_field(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());

        using var empty = await server.SendAsync(
            HttpMethod.Post, "/posts/preview", token, TestPosts.RawJson("""{"body": ""}"""));
        using var unknown = await server.SendAsync(
            HttpMethod.Post, "/posts/preview", token, TestPosts.RawJson("""{"body": "x", "title": "t"}"""));

        await AssertRejectedAsync(empty, "body");
        await AssertRejectedAsync(unknown, "title");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_a_body_that_is_not_json_with_415(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());

        using var response = await server.SendAsync(HttpMethod.Post, "/posts", token,
            new StringContent("""{"title": "Title", "body": "Body"}""", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_a_request_body_over_a_megabyte_with_413(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        var escaped = string.Concat(Enumerable.Repeat("\\u00e9", 200_000));

        using var response = await server.SendAsync(HttpMethod.Post, "/posts", token,
            TestPosts.RawJson($$"""{"title": "Title", "body": "{{escaped}}"}"""));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, string? field)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        if (field is null)
        {
            Assert.False(problem.TryGetProperty("errors", out _));
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            return;
        }

        var errors = problem.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, errors.GetProperty(field).ValueKind);
        Assert.All(
            errors.GetProperty(field).EnumerateArray(),
            e => Assert.False(string.IsNullOrWhiteSpace(e.GetString())));
    }
}
