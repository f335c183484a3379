using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Api.Authentication;
using Tandem.Api.Posts;
using Tandem.Data;

namespace Tandem.Api.Me;

internal static class MeEndpoints
{
    /// <summary>How many of the user's newest posts /me lists.</summary>
    public const int RecentPostCount = 10;

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/me")
            .WithTags("Me")
            .RequireCurrentUser();

        me.MapGet("", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("The user whose session the bearer token belongs to, with their newest posts.");

        me.MapGet("/sessions", GetSessionsAsync)
            .WithName("GetMySessions")
            .WithSummary("The user's live sessions, newest first; current marks this token's own.");

        me.MapSessionEnding();
        me.MapActivity();
        me.MapAccountDeletion();

        return app;
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(
        CurrentUser user, TandemDbContext db, CancellationToken cancellationToken)
    {
        // Two queries: the user with their post count, then their newest posts.
        var found = await db.Users
            .Where(u => u.Id == user.Id)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Handle,
                u.Email,
                u.EmailVerified,
                u.AvatarUrl,
                PostCount = db.Posts.Count(p => p.AuthorId == u.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);

        // Deleting a user deletes their sessions, so this happens only when the deletion lands between
        // the session check and this query.
        if (found is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "User not found",
                detail: "The user this token was issued to no longer exists.");
        }

        var recentPosts = await db.Posts
            .Where(p => p.AuthorId == user.Id)
            .OrderByDescending(p => p.Id)
            .Take(RecentPostCount)
            .Select(PostQueries.ToSummary)
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new MeResponse(
            found.Id,
            found.DisplayName,
            found.Handle,
            found.Email,
            found.EmailVerified,
            found.AvatarUrl,
            found.PostCount,
            recentPosts));
    }

    private static async Task<Ok<List<SessionInfo>>> GetSessionsAsync(
        CurrentUser user,
        TandemDbContext db,
        IOptions<SessionTimeoutOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        var sessions = await SessionEndpoints.LiveSessions(db, user.Id, now, options.Value.IdleTimeout)
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.CreatedAt,
                s.LastSeenAt,
                s.ExpiresAt,
                s.UserAgent,
                s.IpAddress,
                s.Provider,
            })
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(sessions
            .Select(s => new SessionInfo(
                SessionFingerprint.Of(s.Id),
                s.CreatedAt,
                s.LastSeenAt,
                s.ExpiresAt,
                s.UserAgent,
                s.IpAddress,
                s.Provider,
                Current: s.Id == user.SessionId))
            .ToList());
    }
}
