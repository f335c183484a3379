using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Api.Markdown;

/// <summary>
/// Recomputes the stored excerpt of every post from its Markdown, for when the excerpt rules change: the API
/// writes an excerpt only when a post is written, so older posts keep the old rules' excerpt until then.
/// </summary>
internal static class ExcerptRefresher
{
    private const int BatchSize = 500;

    /// <returns>How many posts' excerpts changed.</returns>
    public static async Task<int> RefreshAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var markdown = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();

        var changed = 0;
        var after = 0L;
        while (true)
        {
            var batch = await db.Posts.AsNoTracking()
                .Where(p => p.Id > after)
                .OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.Body, p.Excerpt, p.UpdatedAt })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            foreach (var post in batch)
            {
                var excerpt = markdown.Render(post.Body).Excerpt;
                if (excerpt == post.Excerpt)
                {
                    continue;
                }

                // Matching UpdatedAt too: an edit that lands meanwhile has written its own, newer excerpt.
                changed += await db.Posts
                    .Where(p => p.Id == post.Id && p.UpdatedAt == post.UpdatedAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Excerpt, excerpt), cancellationToken);
            }

            after = batch[^1].Id;
        }
    }
}
