using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Api.Tests.Posts;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Users;

[Collection(SharedApiServers.Name)]
public sealed class AuthorTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Shows_an_authors_profile_with_their_post_count(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();
        var token = server.MintToken(author);
        await TestPosts.CreateAsync(server, token);
        await TestPosts.CreateAsync(server, token);
        await TestPosts.CreateAsync(server, server.MintToken(await server.SignInAsync()));

        using var response = await server.GetAsync($"/users/{author.Handle}", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            ["id", "handle", "displayName", "avatarUrl", "postCount"],
            profile.EnumerateObject().Select(p => p.Name));
        Assert.Equal(author.UserId, profile.GetProperty("id").GetGuid());
        Assert.Equal(author.Handle, profile.GetProperty("handle").GetString());
        Assert.Equal(author.DisplayName, profile.GetProperty("displayName").GetString());
        Assert.Equal(author.AvatarUrl, profile.GetProperty("avatarUrl").GetString());
        Assert.Equal(2, profile.GetProperty("postCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lists_only_the_authors_posts_newest_first_a_page_at_a_time(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();
        var token = server.MintToken(author);
        var otherToken = server.MintToken(await server.SignInAsync());
        List<long> written = [];
        for (var i = 0; i < 5; i++)
        {
            var post = await TestPosts.CreateAsync(server, token, $"By the author {i}");
            written.Add(post.GetProperty("id").GetInt64());
            await TestPosts.CreateAsync(server, otherToken, $"By someone else {i}");
        }

        var walked = await PostPagingTests.WalkAsync(server, $"/users/{author.Handle}/posts", limit: 2);

        Assert.Equal(written.AsEnumerable().Reverse(), walked);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answers_an_author_without_posts_with_an_empty_last_page(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();

        using var response = await server.GetAsync($"/users/{author.Handle}/posts", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextBefore").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answers_404_for_a_handle_nobody_has(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var profile = await server.GetAsync("/users/nobody-has-this-handle", bearerToken: null);
        using var posts = await server.GetAsync("/users/nobody-has-this-handle/posts", bearerToken: null);

        await ProblemAssert.IsProblemAsync(profile, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(posts, HttpStatusCode.NotFound);
    }
}
