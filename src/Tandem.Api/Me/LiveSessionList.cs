using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;

namespace Tandem.Api.Me;

/// <summary>The signed-in user's live sessions, newest first, as the API shows them.</summary>
internal static class LiveSessionList
{
    public static async Task<IReadOnlyList<SessionInfo>> ReadAsync(
        TandemDbContext db,
        CurrentUser user,
        DateTimeOffset now,
        TimeSpan idleTimeout,
        CancellationToken cancellationToken)
    {
        var sessions = await SessionEndpoints.LiveSessions(db, user.Id, now, idleTimeout)
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.UserAgent, s.IpAddress, s.Provider })
            .ToListAsync(cancellationToken);

        return sessions
            .Select(s => new SessionInfo(
                SessionFingerprint.Of(s.Id),
                s.CreatedAt,
                s.LastSeenAt,
                s.ExpiresAt,
                s.UserAgent,
                s.IpAddress,
                s.Provider,
                Current: s.Id == user.SessionId))
            .ToList();
    }
}
