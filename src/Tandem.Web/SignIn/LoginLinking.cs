using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Database;

namespace Tandem.Web.SignIn;

/// <summary>
/// Adds a provider login to the user who asked for it while signed in, once the provider has said who the
/// person is there. A login that belongs to somebody else is never moved: that would hand their account over.
/// </summary>
internal sealed partial class LoginLinking(
    TandemDbContext db, UserProvisioning users, TimeProvider time, ILogger<LoginLinking> logger)
{
    public async Task<LinkOutcome> LinkAsync(
        LinkIntent intent, string? currentSessionId, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(identity);

        // The callback must come back to the very session that asked, still live and still this user's:
        // a callback replayed in another browser session, or after signing out, changes nothing.
        if (!intent.StartedIn(currentSessionId)
            || !await IsLiveSessionOfAsync(currentSessionId!, intent.UserId, cancellationToken))
        {
            LogLinkRefused(logger, intent.UserId, identity.Provider, LinkOutcome.SessionChanged);
            return LinkOutcome.SessionChanged;
        }

        // Two attempts: when a concurrent sign-in or link inserts the same login first, the second look
        // finds it and answers by who owns it.
        for (var attempt = 1; ; attempt++)
        {
            var owner = await db.ExternalLogins
                .Where(l => l.Provider == identity.Provider && l.Subject == identity.Subject)
                .Select(l => (Guid?)l.UserId)
                .SingleOrDefaultAsync(cancellationToken);

            if (owner == intent.UserId)
            {
                return LinkOutcome.AlreadyLinked;
            }

            if (owner is not null)
            {
                LogLinkRefused(logger, intent.UserId, identity.Provider, LinkOutcome.LinkedToAnotherUser);
                return LinkOutcome.LinkedToAnotherUser;
            }

            db.ExternalLogins.Add(users.NewLogin(identity, intent.UserId));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogLinked(logger, intent.UserId, identity.Provider);
                return LinkOutcome.Linked;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt == 1)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<bool> IsLiveSessionOfAsync(string sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Sessions.AnyAsync(
            s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now,
            cancellationToken);
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "User {UserId} linked a login with {Provider}")]
    private static partial void LogLinked(ILogger logger, Guid userId, string provider);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
        Message = "Refused to link a login with {Provider} to user {UserId}: {Outcome}")]
    private static partial void LogLinkRefused(ILogger logger, Guid userId, string provider, LinkOutcome outcome);
}
