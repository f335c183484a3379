using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Me;

/// <summary>The signed-in user's live sessions, newest first, as the API shows them.</summary>
internal static class LiveSessionList
{
    public static async Task<IReadOnlyList<SessionInfo>> ReadAsync(
        TandemDbContext db,
        ClaimsPrincipal principal,
        DateTimeOffset now,
        TimeSpan idleTimeout,
        CancellationToken cancellationToken)
    {
        var currentSessionId = principal.FindFirstValue(TandemTokenDefaults.SessionIdClaim);
        var sessions = await SessionEndpoints.LiveSessions(db, principal.GetUserId(), now, idleTimeout)
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
                Current: s.Id == currentSessionId))
            .ToList();
    }
}
