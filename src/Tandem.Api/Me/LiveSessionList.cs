using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.Database;

namespace Tandem.Api.Me;

/// <summary>The signed-in user's live sessions, newest first, as the API shows them.</summary>
internal static class LiveSessionList
{
    // SessionEndpoints.LiveSessions's rule, compiled once: the account page asks for this list on every view.
    // The fingerprint is taken on the client, in the final projection; the id itself never leaves here.
    private static readonly ProviderCompiledQuery<Func<
        TandemDbContext, Guid, DateTimeOffset, DateTimeOffset, string?, IAsyncEnumerable<SessionInfo>>> Query =
        new(() => EF.CompileAsyncQuery((
            TandemDbContext db,
            Guid userId,
            DateTimeOffset now,
            DateTimeOffset lastUsefulSeen,
            string? current) =>
            db.Sessions
                .Where(s => s.UserId == userId
                    && s.RevokedAt == null
                    && s.ExpiresAt > now
                    && s.LastSeenAt > lastUsefulSeen)
                .OrderByDescending(s => s.CreatedAt)
                .ThenBy(s => s.Id)
                .Select(s => new SessionInfo(
                    SessionFingerprint.Of(s.Id),
                    s.CreatedAt,
                    s.LastSeenAt,
                    s.ExpiresAt,
                    s.UserAgent,
                    s.IpAddress,
                    s.Provider,
                    s.Id == current))));

    public static async Task<IReadOnlyList<SessionInfo>> ReadAsync(
        TandemDbContext db,
        CurrentUser user,
        DateTimeOffset now,
        TimeSpan idleTimeout,
        CancellationToken cancellationToken) =>
        await Query.For(db)(db, user.Id, now, now - idleTimeout, user.SessionId).ToListAsync(cancellationToken);
}
