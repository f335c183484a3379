using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Markdown;
using Tandem.Data;
using Tandem.Data.Posts;

namespace Tandem.Api.Workload;

/// <summary>
/// Fills an empty database with the reference workload (see <see cref="WorkloadDataSet"/>) in one transaction:
/// all of it, or, on any failure, none of it.
/// </summary>
internal static class WorkloadSeeder
{
    /// <summary>
    /// Posts rendered at a time: the next batch is rendered on every core while the previous one is written,
    /// so that at most two batches are in memory at once.
    /// </summary>
    private const int BatchSize = 2_000;

    public static Task<WorkloadSeedResult> SeedAsync(
        IServiceProvider services, CancellationToken cancellationToken) =>
        SeedAsync(services, WorkloadSize.Reference, cancellationToken);

    public static async Task<WorkloadSeedResult> SeedAsync(
        IServiceProvider services, WorkloadSize size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(size);
        var stopwatch = Stopwatch.StartNew();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var markdown = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Inside the transaction, so that on PostgreSQL two seeders racing each other fail on the second's
        // inserts rather than both passing this check and then mixing their rows.
        if (await db.Users.AnyAsync(cancellationToken) || await db.Posts.AnyAsync(cancellationToken))
        {
            throw new WorkloadSeedRefusedException(
                "The database already has users or posts, and the workload's fixed ids and handles would " +
                "collide with them. Point ConnectionStrings:Tandem (and Database:Provider) at an empty " +
                "database, or delete the SQLite file, then seed again.");
        }

        // A thousand users and their logins are few enough for SaveChanges; the posts are not.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Users.AddRange(Enumerable.Range(1, size.Users).Select(WorkloadDataSet.User));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await using (var writer = new PostRowWriter(db))
        {
            var next = RenderBatchAsync(markdown, size, first: 1);
            while (await next is { Length: > 0 } batch)
            {
                next = RenderBatchAsync(markdown, size, first: (int)batch[^1].Id + 1);
                await writer.WriteAsync(batch, cancellationToken);
            }
        }

        if (db.Database.IsNpgsql() && size.Posts > 0)
        {
            // Posts were inserted with explicit ids, which an identity column does not count, so its sequence
            // is moved past them; otherwise the next post anyone writes would be given id 1 and collide.
            await db.Database.ExecuteSqlRawAsync(
                """SELECT setval(pg_get_serial_sequence('"Posts"', 'Id'), (SELECT MAX("Id") FROM "Posts"))""",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new WorkloadSeedResult(size.Users, size.Posts, stopwatch.Elapsed);
    }

    /// <summary>Posts <paramref name="first"/> onwards, at most a batch; none past the last.</summary>
    private static Task<Post[]> RenderBatchAsync(MarkdownRenderer markdown, WorkloadSize size, int first)
    {
        var count = Math.Min(BatchSize, size.Posts - first + 1);
        if (count <= 0)
        {
            return Task.FromResult(Array.Empty<Post>());
        }

        return Task.Run(() =>
        {
            var posts = new Post[count];
            Parallel.For(0, count, index => posts[index] = Render(markdown, size, first + index));
            return posts;
        });
    }

    private static Post Render(MarkdownRenderer markdown, WorkloadSize size, int j)
    {
        var body = WorkloadDataSet.Body(j);
        var rendered = markdown.Render(body);
        var createdAt = WorkloadDataSet.CreatedAt(j);

        // The id is set, not generated, so that post j is /posts/j on every database and every run.
        return new Post
        {
            Id = j,
            AuthorId = WorkloadDataSet.UserId(WorkloadDataSet.AuthorOf(j, size.Users)),
            Title = WorkloadDataSet.Title(j),
            Body = body,
            BodyHtml = rendered.Html,
            Excerpt = rendered.Excerpt,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
    }
}
