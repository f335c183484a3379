using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.Data.Posts;

namespace Tandem.Api.Posts;

/// <summary>The reads that turn post rows into the API's shapes, each one query joined to the author.</summary>
internal static class PostQueries
{
    // The slug is computed in the final projection, on the client, from the title the query returns.
    public static readonly Expression<Func<Post, PostSummary>> ToSummary = p => new PostSummary(
        p.Id,
        p.Title,
        Slug.From(p.Title),
        p.Excerpt,
        p.CreatedAt,
        new AuthorSummary(p.AuthorId, p.Author!.Handle, p.Author.DisplayName));

    public static readonly Expression<Func<Post, PostDetail>> ToDetail = p => new PostDetail(
        p.Id,
        p.Title,
        Slug.From(p.Title),
        p.Body,
        p.BodyHtml,
        p.Excerpt,
        p.CreatedAt,
        p.UpdatedAt,
        new AuthorSummary(p.AuthorId, p.Author!.Handle, p.Author.DisplayName));

    private static readonly ProviderCompiledQuery<
        Func<TandemDbContext, long, CancellationToken, Task<PostDetail?>>> DetailById =
        new(() => EF.CompileAsyncQuery((TandemDbContext db, long id, CancellationToken _) => db.Posts
            .Where(p => p.Id == id)
            .Select(ToDetail)
            .SingleOrDefault()));

    // The home page's list, the API's most requested read, compiled once. The first page reads below
    // long.MaxValue, which no id reaches, so that one query serves every page.
    private static readonly ProviderCompiledQuery<
        Func<TandemDbContext, long, int, IAsyncEnumerable<PostSummary>>> NewestBefore =
        new(() => EF.CompileAsyncQuery((TandemDbContext db, long before, int take) => db.Posts
            .Where(p => p.Id < before)
            .OrderByDescending(p => p.Id)
            .Take(take)
            .Select(ToSummary)));

    /// <summary>One post with its author, or null when there is none with this id.</summary>
    public static Task<PostDetail?> FindDetailAsync(
        TandemDbContext db, long id, CancellationToken cancellationToken) =>
        DetailById.For(db)(db, id, cancellationToken);

    /// <summary>One page of every post, newest first; see <see cref="ReadPageAsync"/>.</summary>
    public static async Task<PostList> ReadNewestPageAsync(
        TandemDbContext db, PageRequest page, CancellationToken cancellationToken) =>
        ToPage(
            await NewestBefore.For(db)(db, page.Before ?? long.MaxValue, page.Limit + 1).ToListAsync(cancellationToken),
            page);

    /// <summary>
    /// One page of <paramref name="posts"/>, newest (highest id) first. One row more than the page is read, so
    /// that the last page says so (a null <c>nextBefore</c>) instead of leading to an empty one.
    /// </summary>
    public static async Task<PostList> ReadPageAsync(
        IQueryable<Post> posts, PageRequest page, CancellationToken cancellationToken)
    {
        if (page.Before is { } before)
        {
            posts = posts.Where(p => p.Id < before);
        }

        var items = await posts
            .OrderByDescending(p => p.Id)
            .Take(page.Limit + 1)
            .Select(ToSummary)
            .ToListAsync(cancellationToken);

        return ToPage(items, page);
    }

    private static PostList ToPage(List<PostSummary> items, PageRequest page)
    {
        if (items.Count <= page.Limit)
        {
            return new PostList(items, NextBefore: null);
        }

        items.RemoveAt(items.Count - 1);
        return new PostList(items, items[^1].Id);
    }
}
