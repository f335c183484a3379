using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>
/// Accepts a correctly signed token only while the session it names is live and belongs to its subject.
/// </summary>
/// <remarks>
/// Note: the answer is read from the database on every request, never cached, so that signing out or
/// revoking a session in the web server takes effect on the API's very next request. The read is one
/// primary-key lookup of four columns, compiled once, since every authenticated call makes it.
/// </remarks>
internal sealed class LiveSessionCheck(
    TandemDbContext db,
    IOptions<SessionTimeoutOptions> options,
    TimeProvider time,
    ILogger<LiveSessionCheck> logger)
{
    private static readonly ProviderCompiledQuery<
        Func<TandemDbContext, string, CancellationToken, Task<SessionState?>>> FindSession =
        new(() => EF.CompileAsyncQuery((TandemDbContext db, string sessionId, CancellationToken _) =>
            db.Sessions
                .Where(s => s.Id == sessionId)
                .Select(s => new SessionState(s.UserId, s.ExpiresAt, s.RevokedAt, s.LastSeenAt))
                .SingleOrDefault()));

    /// <summary>Null when the token may be used; otherwise the reason it may not.</summary>
    public async Task<string?> FindRejectionAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var sessionId = principal.FindFirstValue(TandemTokenDefaults.SessionIdClaim);
        if (string.IsNullOrEmpty(sessionId))
        {
            return Rejected("no session id");
        }

        if (!principal.TryGetUserId(out var userId))
        {
            return Rejected("subject is not a user id");
        }

        // Opened here and left open until the request's context goes back to the pool: the handler that
        // follows reads the database too, and each query would otherwise open and close it again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var session = await FindSession.For(db)(db, sessionId, cancellationToken);

        if (session is not null && session.UserId != userId)
        {
            logger.SessionOfAnotherUser(SessionFingerprint.Of(sessionId));
            return "session of another user";
        }

        var now = time.GetUtcNow();
        var reason = session switch
        {
            null => "session not found",
            { RevokedAt: not null } => "session revoked",
            _ when session.ExpiresAt <= now => "session expired",
            _ when now - session.LastSeenAt >= options.Value.IdleTimeout => "session idle",
            _ => null,
        };

        if (reason is not null && logger.IsEnabled(LogLevel.Information))
        {
            logger.SessionRejected(reason, SessionFingerprint.Of(sessionId));
        }

        return reason;
    }

    private string Rejected(string reason)
    {
        logger.TokenRejected(reason);
        return reason;
    }

    private sealed record SessionState(
        Guid UserId, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset LastSeenAt);
}
