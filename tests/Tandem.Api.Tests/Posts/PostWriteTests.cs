using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Posts;

[Collection(SharedApiServers.Name)]
public sealed class PostWriteTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creates_reads_updates_and_deletes_a_post(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();
        var token = server.MintToken(author);

        using var created = await server.SendAsync(HttpMethod.Post, "/posts", token,
            TestPosts.Json("  Crème brûlée, twice  ", "# Heading\n\nSome **bold** text."));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var post = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = post.GetProperty("id").GetInt64();
        Assert.Equal($"/posts/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(
            ["id", "title", "slug", "body", "bodyHtml", "excerpt", "createdAt", "updatedAt", "author"],
            post.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Crème brûlée, twice", post.GetProperty("title").GetString());
        Assert.Equal("creme-brulee-twice", post.GetProperty("slug").GetString());
        Assert.Equal("# Heading\n\nSome **bold** text.", post.GetProperty("body").GetString());
        Assert.Equal("<h1>Heading</h1>\n<p>Some <strong>bold</strong> text.</p>\n",
            post.GetProperty("bodyHtml").GetString());
        Assert.Equal("Heading. Some bold text.", post.GetProperty("excerpt").GetString());
        AssertAuthor(author, post.GetProperty("author"));
        var createdAt = post.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(createdAt, post.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.InRange(createdAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        using (var read = await server.GetAsync($"/posts/{id}", bearerToken: null))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(post.GetRawText(), (await read.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        }

        await Task.Delay(5);
        using (var updated = await server.SendAsync(HttpMethod.Put, $"/posts/{id}", token,
            TestPosts.Json("Second thoughts", "Now with _emphasis_.")))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
            var after = await updated.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(id, after.GetProperty("id").GetInt64());
            Assert.Equal("Second thoughts", after.GetProperty("title").GetString());
            Assert.Equal("second-thoughts", after.GetProperty("slug").GetString());
            Assert.Equal("<p>Now with <em>emphasis</em>.</p>\n", after.GetProperty("bodyHtml").GetString());
            Assert.Equal("Now with emphasis.", after.GetProperty("excerpt").GetString());
            Assert.Equal(createdAt, after.GetProperty("createdAt").GetDateTimeOffset());
            Assert.True(after.GetProperty("updatedAt").GetDateTimeOffset() > createdAt);

            using var reread = await server.GetAsync($"/posts/{id}", bearerToken: null);
            var stored = await reread.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(after.GetRawText(), stored.GetRawText());
        }

        using (var deleted = await server.SendAsync(HttpMethod.Delete, $"/posts/{id}", token))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await server.GetAsync($"/posts/{id}", bearerToken: null);
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lets_only_the_author_change_or_delete_a_post(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var author = await server.SignInAsync();
        var other = await server.SignInAsync();
        var post = await TestPosts.CreateAsync(server, server.MintToken(author), "Mine", "Hands off.");
        var id = post.GetProperty("id").GetInt64();

        using (var update = await server.SendAsync(HttpMethod.Put, $"/posts/{id}", server.MintToken(other),
            TestPosts.Json("Yours now", "Taken over.")))
        {
            await ProblemAssert.IsProblemAsync(update, HttpStatusCode.Forbidden);
        }

        using (var delete = await server.SendAsync(HttpMethod.Delete, $"/posts/{id}", server.MintToken(other)))
        {
            await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.Forbidden);
        }

        using var read = await server.GetAsync($"/posts/{id}", bearerToken: null);
        Assert.Equal(post.GetRawText(), (await read.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());
        Assert.Contains(server.Logs.Entries, e => e.EventId == 4004 && e.Message.Contains($"post {id}",
            StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answers_404_for_a_post_that_does_not_exist(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());

        using var read = await server.GetAsync("/posts/999999999", bearerToken: null);
        using var update = await server.SendAsync(
            HttpMethod.Put, "/posts/999999999", token, TestPosts.Json("Title", "Body"));
        using var delete = await server.SendAsync(HttpMethod.Delete, "/posts/999999999", token);
        using var notAnId = await server.GetAsync("/posts/not-a-number", bearerToken: null);

        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(update, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(notAnId, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_writes_without_a_token(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var post = await TestPosts.CreateAsync(server, server.MintToken(await server.SignInAsync()));
        var id = post.GetProperty("id").GetInt64();

        using var create = await server.SendAsync(HttpMethod.Post, "/posts", null, TestPosts.Json("T", "B"));
        using var update = await server.SendAsync(
            HttpMethod.Put, $"/posts/{id}", null, TestPosts.Json("T", "B"));
        using var delete = await server.SendAsync(HttpMethod.Delete, $"/posts/{id}", null);
        using var preview = await server.SendAsync(
            HttpMethod.Post, "/posts/preview", null, TestPosts.RawJson("""{"body": "B"}"""));

        await ProblemAssert.IsProblemAsync(create, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(update, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(preview, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Previews_a_body_rendered_and_sanitized_without_storing_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        var countBefore = await CountPostsAsync(server);

        using var response = await server.SendAsync(HttpMethod.Post, "/posts/preview", token, TestPosts.RawJson(
            """
            {"body": "## Hi\n\n<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["html"], preview.EnumerateObject().Select(p => p.Name));
        var html = preview.GetProperty("html").GetString()!;
        Assert.StartsWith(
            "<h2>Hi</h2>\n<p>&lt;script&gt;alert(1)&lt;/script&gt; <a>x</a>", html, StringComparison.Ordinal);
        Markdown.SafeHtmlAssert.IsSafe(html);
        Assert.Equal(countBefore, await CountPostsAsync(server));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepts_a_title_and_body_at_their_largest(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var token = server.MintToken(await server.SignInAsync());
        var title = new string('t', 200);
        var body = new string('é', 100 * 1024 / 2);

        var post = await TestPosts.CreateAsync(server, token, title, body);

        Assert.Equal(title, post.GetProperty("title").GetString());
        Assert.Equal(body, post.GetProperty("body").GetString());
        Assert.Equal(160, post.GetProperty("excerpt").GetString()!.Length);
    }

    private static void AssertAuthor(TestSession author, JsonElement json)
    {
        Assert.Equal(["id", "handle", "displayName"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(author.UserId, json.GetProperty("id").GetGuid());
        Assert.Equal(author.Handle, json.GetProperty("handle").GetString());
        Assert.Equal(author.DisplayName, json.GetProperty("displayName").GetString());
    }

    private static async Task<int> CountPostsAsync(ApiServer server)
    {
        var count = 0;
        await server.WithDatabaseAsync(async db => count = await db.Posts.CountAsync());
        return count;
    }
}
