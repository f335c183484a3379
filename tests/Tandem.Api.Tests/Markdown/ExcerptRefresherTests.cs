using Microsoft.EntityFrameworkCore;
using Tandem.Api.Markdown;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Api.Workload;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Markdown;

public sealed class ExcerptRefresherTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rewrites_stale_excerpts_from_each_posts_markdown_and_leaves_the_rest_alone(
        DatabaseProvider provider)
    {
        await using var server = await ApiServer.StartAsync(await TestDatabase.CreateAsync(provider));
        await WorkloadSeeder.SeedAsync(server.Services, new WorkloadSize(3, 1_100), default);
        var updatedBefore = await ReadAsync(
            server, db => db.Posts.OrderBy(p => p.Id).Select(p => p.UpdatedAt).ToListAsync());
        await server.WithDatabaseAsync(db => db.Posts
            .Where(p => p.Id % 2 == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Excerpt, "Stale excerpt Section one")));

        var changed = await ExcerptRefresher.RefreshAsync(server.Services, default);

        Assert.Equal(550, changed);
        var renderer = new MarkdownRenderer();
        var posts = await ReadAsync(server, db => db.Posts.OrderBy(p => p.Id).ToListAsync());
        Assert.All(posts, post => Assert.Equal(renderer.Render(post.Body).Excerpt, post.Excerpt));
        Assert.Equal(updatedBefore, posts.Select(p => p.UpdatedAt));
    }

    private static async Task<T> ReadAsync<T>(ApiServer server, Func<Tandem.Data.TandemDbContext, Task<T>> read)
    {
        var result = default(T)!;
        await server.WithDatabaseAsync(async db => result = await read(db));
        return result;
    }
}
