using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.Audit;

namespace Tandem.Api.Me;

/// <summary>
/// Ending the signed-in user's sessions: one, all but the current, or all. An ended session's tokens are
/// refused from the next request on, because <see cref="LiveSessionCheck"/> reads the row every time.
/// </summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEnding(this RouteGroupBuilder me)
    {
        me.MapDelete("/sessions/{id}", EndOneAsync)
            .WithName("EndMySession")
            .WithSummary("Ends one of the user's sessions, named by the id that GET /me/sessions lists.");

        me.MapDelete("/sessions/others", EndOthersAsync)
            .WithName("EndMyOtherSessions")
            .WithSummary("Ends every session of the user except the one this token belongs to.");

        me.MapDelete("/sessions", EndAllAsync)
            .WithName("EndAllMySessions")
            .WithSummary("Ends every session of the user, this token's own included (sign out everywhere).");

        return me;
    }

    private static async Task<Results<Ok<EndedSessions>, ProblemHttpResult>> EndOneAsync(
        string id,
        CurrentUser user,
        TandemDbContext db,
        IOptions<SessionTimeoutOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // The list shows fingerprints, never ids, so the one to end is found among the user's own live
        // sessions; a fingerprint of anyone else's session matches nothing here and gets the same 404 as
        // one that never existed.
        var liveIds = await LiveSessions(db, user.Id, now, options.Value.IdleTimeout)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var target = liveIds.FirstOrDefault(sessionId => SessionFingerprint.Of(sessionId) == id);
        if (target is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Session not found",
                detail: "You have no live session with this id; it may have ended already.");
        }

        var ended = await RevokeAsync(db.Sessions.Where(s => s.Id == target), now, cancellationToken);
        await RecordAsync(db, user, AuditEventKinds.SessionEnded, "session " + id, now, cancellationToken);
        LogEnded(loggers, user.Id, AuditEventKinds.SessionEnded, ended);

        return TypedResults.Ok(new EndedSessions(ended));
    }

    private static Task<Ok<EndedSessions>> EndOthersAsync(
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken) =>
        EndManyAsync(AuditEventKinds.OtherSessionsEnded, user, db, time, loggers, cancellationToken);

    private static Task<Ok<EndedSessions>> EndAllAsync(
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken) =>
        EndManyAsync(AuditEventKinds.AllSessionsEnded, user, db, time, loggers, cancellationToken);

    /// <summary>
    /// Ends every session of the user, or (for <see cref="AuditEventKinds.OtherSessionsEnded"/>) every one
    /// but the token's own. The event is written after the revocation, which is one statement, so that it
    /// can say how many ended; it still finds the current session's device, revoked or not.
    /// </summary>
    private static async Task<Ok<EndedSessions>> EndManyAsync(
        string kind,
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sessions = db.Sessions.Where(s => s.UserId == user.Id);
        if (kind == AuditEventKinds.OtherSessionsEnded)
        {
            sessions = sessions.Where(s => s.Id != user.SessionId);
        }

        var ended = await RevokeAsync(sessions, now, cancellationToken);
        await RecordAsync(db, user, kind, Count(ended), now, cancellationToken);
        LogEnded(loggers, user.Id, kind, ended);

        return TypedResults.Ok(new EndedSessions(ended));
    }

    /// <summary>The user's sessions that are neither revoked, past their end, nor idle too long.</summary>
    internal static IQueryable<Data.Sessions.Session> LiveSessions(
        TandemDbContext db, Guid userId, DateTimeOffset now, TimeSpan idleTimeout)
    {
        var lastUsefulSeen = now - idleTimeout;
        return db.Sessions.Where(s =>
            s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now && s.LastSeenAt > lastUsefulSeen);
    }

    private static Task<int> RevokeAsync(
        IQueryable<Data.Sessions.Session> sessions, DateTimeOffset now, CancellationToken cancellationToken) =>
        sessions
            .Where(s => s.RevokedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(x => x.RevokedAt, now)
                    .SetProperty(x => x.AccessToken, (string?)null)
                    .SetProperty(x => x.AccessTokenExpiresAt, (DateTimeOffset?)null),
                cancellationToken);

    /// <summary>
    /// Logs the action with the device of the session that asked for it. The API is called by the web
    /// server, so the request's own address and agent are the web server's; the session's are the ones
    /// its browser had when it signed in, which is the most the API can vouch for.
    /// </summary>
    private static async Task RecordAsync(
        TandemDbContext db,
        CurrentUser user,
        string kind,
        string? detail,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var device = await db.Sessions
            .Where(s => s.Id == user.SessionId)
            .Select(s => new { s.IpAddress, s.UserAgent, s.Provider })
            .SingleOrDefaultAsync(cancellationToken);

        db.AuditEvents.Add(new AuditEvent
        {
            UserId = user.Id,
            OccurredAt = now,
            Kind = kind,
            Provider = device?.Provider,
            IpAddress = device?.IpAddress,
            UserAgent = device?.UserAgent,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void LogEnded(ILoggerFactory loggers, Guid userId, string kind, int ended) =>
        loggers.CreateLogger(AccountLog.Category).SessionsEnded(userId, kind, ended);

    private static string Count(int ended) =>
        ended == 1 ? "1 session" : string.Create(CultureInfo.InvariantCulture, $"{ended} sessions");
}
