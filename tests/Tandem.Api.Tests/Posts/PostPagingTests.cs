using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Posts;

[Collection(SharedApiServers.Name)]
public sealed class PostPagingTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Walks_every_post_exactly_once_newest_first_by_following_nextBefore(
        DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        for (var i = 0; i < 7; i++)
        {
            await TestPosts.CreateAsync(server, token, $"Paging {i}");
        }

        List<long> expected = [];
        await server.WithDatabaseAsync(async db =>
            expected = await db.Posts.OrderByDescending(p => p.Id).Select(p => p.Id).ToListAsync());

        var walked = await WalkAsync(server, "/posts", limit: 3);

        Assert.Equal(expected, walked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Serves_twenty_posts_by_default_in_the_listing_shape(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();
        var token = server.MintToken(author);
        for (var i = 0; i < 21; i++)
        {
            await TestPosts.CreateAsync(server, token, $"Default page {i}", $"Body **{i}**");
        }

        using var response = await server.GetAsync("/posts", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["items", "nextBefore"], page.EnumerateObject().Select(p => p.Name));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal(items[^1].GetProperty("id").GetInt64(), page.GetProperty("nextBefore").GetInt64());

        var newest = items[0];
        Assert.Equal(
            ["id", "title", "slug", "excerpt", "createdAt", "author"],
            newest.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Default page 20", newest.GetProperty("title").GetString());
        Assert.Equal("default-page-20", newest.GetProperty("slug").GetString());
        Assert.Equal("Body 20", newest.GetProperty("excerpt").GetString());
        Assert.Equal(author.Handle, newest.GetProperty("author").GetProperty("handle").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ends_with_a_null_nextBefore_and_serves_nothing_below_the_oldest_post(
        DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        await TestPosts.CreateAsync(server, server.MintToken(await server.SignInAsync()));

        using var response = await server.GetAsync("/posts?before=1&limit=50", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextBefore").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Refuses_a_page_request_with(DatabaseProvider provider, string query, string field)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();

        foreach (var path in new[] { $"/posts?{query}", $"/users/{author.Handle}/posts?{query}" })
        {
            using var response = await server.GetAsync(path, bearerToken: null);

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }
    }

    public static TheoryData<DatabaseProvider, string, string> Rows
    {
        get
        {
            var rows = new TheoryData<DatabaseProvider, string, string>();
            foreach (var provider in TestDatabase.Available())
            {
                rows.Add(provider, "limit=0", "limit");
                rows.Add(provider, "limit=51", "limit");
                rows.Add(provider, "limit=-1", "limit");
                rows.Add(provider, "limit=ten", "limit");
                rows.Add(provider, "limit=", "limit");
                rows.Add(provider, "limit=99999999999", "limit");
                rows.Add(provider, "before=0", "before");
                rows.Add(provider, "before=-5", "before");
                rows.Add(provider, "before=abc", "before");
                rows.Add(provider, "before=1.5", "before");
                rows.Add(provider, "before=99999999999999999999", "before");
            }

            return rows;
        }
    }

    /// <summary>Every id a listing serves, page by page, checking each page's order and size.</summary>
    public static async Task<List<long>> WalkAsync(ApiServer server, string path, int limit)
    {
        ArgumentNullException.ThrowIfNull(server);

        List<long> ids = [];
        long? before = null;
        do
        {
            var query = before is null ? $"?limit={limit}" : $"?limit={limit}&before={before}";
            using var response = await server.GetAsync(path + query, bearerToken: null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();

            var items = page.GetProperty("items")
                .EnumerateArray()
                .Select(i => i.GetProperty("id").GetInt64())
                .ToList();
            Assert.InRange(items.Count, 1, limit);
            ids.AddRange(items);
            before = page.GetProperty("nextBefore").ValueKind == JsonValueKind.Null
                ? null
                : page.GetProperty("nextBefore").GetInt64();
            if (before is not null)
            {
                Assert.Equal(limit, items.Count);
                Assert.Equal(items[^1], before);
            }
        }
        while (before is not null);

        Assert.Equal(ids.OrderByDescending(id => id), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }
}
