using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Database;
using Tandem.Data.Posts;
using Tandem.Data.Users;
using Tandem.Testing;

namespace Tandem.Data.Tests;

public sealed class ContentVersionTests
{
    private static readonly DateTimeOffset WrittenAt = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Deleting_a_user_raises_the_version_for_the_posts_the_database_deletes_with_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = TestDatabaseServices.For(database);
        await services.MigrateTandemDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var userId = await AddAuthorWithPostsAsync(db, "leaving", posts: 2);
        var before = await ReadVersionAsync(db);

        // ExecuteDelete skips EF Core's tracking, so the posts go by the foreign key's cascade alone.
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync();

        Assert.Empty(await db.Posts.Where(p => p.AuthorId == userId).ToListAsync());
        Assert.True(await ReadVersionAsync(db) > before, "The cascaded deletion of posts did not raise the version.");
    }

    [Fact]
    public async Task A_post_created_edited_and_deleted_never_brings_the_version_back_to_an_earlier_value()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = TestDatabaseServices.For(database);
        await services.MigrateTandemDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var userId = await AddAuthorWithPostsAsync(db, "writer", posts: 0);
        var seen = new List<long> { await ReadVersionAsync(db) };

        var post = NewPost(userId, "Brief");
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        seen.Add(await ReadVersionAsync(db));

        post.Title = "Briefer";
        await db.SaveChangesAsync();
        seen.Add(await ReadVersionAsync(db));

        db.Posts.Remove(post);
        await db.SaveChangesAsync();
        seen.Add(await ReadVersionAsync(db));

        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    private static async Task<Guid> AddAuthorWithPostsAsync(TandemDbContext db, string handle, int posts)
    {
        var userId = Guid.CreateVersion7();
        db.Users.Add(new User { Id = userId, DisplayName = handle, Handle = handle, CreatedAt = WrittenAt });
        db.Posts.AddRange(Enumerable.Range(1, posts).Select(n => NewPost(userId, $"Post {n}")));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return userId;
    }

    private static Post NewPost(Guid authorId, string title) => new()
    {
        AuthorId = authorId,
        Title = title,
        Body = "Text.",
        BodyHtml = "<p>Text.</p>",
        Excerpt = "Text.",
        CreatedAt = WrittenAt,
        UpdatedAt = WrittenAt,
    };

    private static Task<long> ReadVersionAsync(TandemDbContext db) =>
        db.ContentVersions.Where(v => v.Id == ContentVersion.SingleRowId).Select(v => v.Value).SingleAsync();
}
