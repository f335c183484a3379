using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Database;

namespace Tandem.Web.Sessions;

/// <summary>
/// One request's read of its session row. The cookie check reads the row, and the JWT lookup that a
/// signed-in page makes next reuses that read instead of making a second one.
/// </summary>
/// <remarks>
/// Scoped to the request, and every write this server makes to the row goes through <see cref="Remember"/> or
/// <see cref="Forget"/>, so the copy never outlives the request or disagrees with this server's own changes.
/// Liveness checks always use <see cref="ReadAsync"/>, so a session the API ended during this request is
/// seen as ended; only the JWT lookup reuses the copy, and the API refuses that token all the same.
/// </remarks>
internal sealed class RequestSessionRow(TandemDbContext db)
{
    private static readonly ProviderCompiledQuery<
        Func<TandemDbContext, string, CancellationToken, Task<SessionRow?>>> Find =
        new(() => EF.CompileAsyncQuery((TandemDbContext db, string sessionId, CancellationToken _) =>
            db.Sessions
                .Where(s => s.Id == sessionId)
                .Select(s => new SessionRow(
                    s.UserId, s.ExpiresAt, s.RevokedAt, s.LastSeenAt, s.AccessToken, s.AccessTokenExpiresAt))
                .SingleOrDefault()));

    private string? readSessionId;
    private SessionRow? row;

    /// <summary>The row as this request last read or wrote it; null when there is no such session.</summary>
    public async ValueTask<SessionRow?> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        readSessionId == sessionId ? row : await ReadAsync(sessionId, cancellationToken);

    /// <summary>The row as the database has it now; null when there is no such session.</summary>
    public async Task<SessionRow?> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        row = await Find.For(db)(db, sessionId, cancellationToken);
        readSessionId = sessionId;
        return row;
    }

    /// <summary>Records what this request has just written to the row.</summary>
    public void Remember(string sessionId, SessionRow written)
    {
        readSessionId = sessionId;
        row = written;
    }

    /// <summary>Makes the next <see cref="GetAsync"/> read the row again.</summary>
    public void Forget()
    {
        readSessionId = null;
        row = null;
    }
}
