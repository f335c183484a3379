using Microsoft.EntityFrameworkCore;
using Tandem.Api.Posts;
using Tandem.Data;
using Tandem.Data.Database;

namespace Tandem.Api.Me;

/// <summary>
/// The reads behind /me and the account overview, compiled once: they run on every signed-in page view,
/// and a compiled query skips the per-call expression-tree walk and query-cache lookup.
/// </summary>
internal static class MeQueries
{
    /// <summary>How many of the user's newest posts the account overview lists.</summary>
    public const int RecentPostCount = 10;

    public static readonly ProviderCompiledQuery<
        Func<TandemDbContext, Guid, CancellationToken, Task<MeResponse?>>> FindUser =
        new(() => EF.CompileAsyncQuery((TandemDbContext db, Guid userId, CancellationToken _) => db.Users
            .Where(u => u.Id == userId)
            .Select(u => new MeResponse(
                u.Id,
                u.DisplayName,
                u.Handle,
                u.Email,
                u.EmailVerified,
                u.AvatarUrl,
                db.Posts.Count(p => p.AuthorId == u.Id)))
            .SingleOrDefault()));

    public static readonly ProviderCompiledQuery<Func<TandemDbContext, Guid, IAsyncEnumerable<PostSummary>>>
        RecentPosts = new(() => EF.CompileAsyncQuery((TandemDbContext db, Guid userId) => db.Posts
            .Where(p => p.AuthorId == userId)
            .OrderByDescending(p => p.Id)
            .Take(RecentPostCount)
            .Select(PostQueries.ToSummary)));
}
