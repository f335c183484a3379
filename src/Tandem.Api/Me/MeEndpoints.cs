using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Api.Authentication;
using Tandem.Api.Posts;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Me;

internal static class MeEndpoints
{
    /// <summary>How many of the user's newest posts /me lists.</summary>
    public const int RecentPostCount = 10;

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/me")
            .WithTags("Me")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

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
        ClaimsPrincipal principal, TandemDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();

        // Two queries: the user with their post count, then their newest posts.
        var user = await db.Users
            .Where(u => u.Id == userId)
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
        if (user is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "User not found",
                detail: "The user this token was issued to no longer exists.");
        }

        var recentPosts = await db.Posts
            .Where(p => p.AuthorId == userId)
            .OrderByDescending(p => p.Id)
            .Take(RecentPostCount)
            .Select(PostQueries.ToSummary)
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.DisplayName,
            user.Handle,
            user.Email,
            user.EmailVerified,
            user.AvatarUrl,
            user.PostCount,
            recentPosts));
    }

    private static async Task<Ok<List<SessionInfo>>> GetSessionsAsync(
        ClaimsPrincipal principal,
        TandemDbContext db,
        IOptions<SessionTimeoutOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var currentSessionId = principal.FindFirstValue(TandemTokenDefaults.SessionIdClaim);
        var now = time.GetUtcNow();

        var sessions = await SessionEndpoints.LiveSessions(db, userId, now, options.Value.IdleTimeout)
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
                Current: s.Id == currentSessionId))
            .ToList());
    }
}
