using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.Data.Text;
using Tandem.Data.Users;

namespace Tandem.Web.SignIn;

/// <summary>
/// Finds the user behind a provider identity, or creates them on their first sign-in. The database's
/// unique index on (provider, subject) settles races: when two first sign-ins of the same person
/// collide, one insert wins and the other reads the winner's user.
/// </summary>
internal sealed partial class UserProvisioning(TandemDbContext db, TimeProvider time, ILogger<UserProvisioning> logger)
{
    private const int MaxAttempts = 5;

    public async Task<User> FindOrCreateAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);

        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindAsync(identity, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var user = NewUser(identity, uniqueHandle: attempt > 1);
            db.Users.Add(user);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogUserCreated(logger, user.Id, identity.Provider);
                return user;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt < MaxAttempts)
            {
                // Either the same person won a concurrent first sign-in (the next lookup finds them) or
                // someone else holds the handle (the next attempt adds a random suffix).
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<User?> FindAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var login = await db.ExternalLogins
            .AsTracking()
            .Include(l => l.User)
            .SingleOrDefaultAsync(l => l.Provider == identity.Provider && l.Subject == identity.Subject, cancellationToken);

        if (login?.User is null)
        {
            return null;
        }

        login.LastUsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return login.User;
    }

    private User NewUser(ExternalIdentity identity, bool uniqueHandle)
    {
        var now = time.GetUtcNow();
        var displayName = string.IsNullOrWhiteSpace(identity.DisplayName)
            ? identity.Email?.Split('@')[0] ?? "New member"
            : identity.DisplayName.Trim();

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            DisplayName = Truncate(displayName, 100),
            Handle = HandleFor(displayName, uniqueHandle),
            Email = identity.Email,
            EmailVerified = identity.EmailVerified,
            AvatarUrl = identity.AvatarUrl is { Length: <= 2048 } ? identity.AvatarUrl : null,
            CreatedAt = now,
        };

        user.Logins.Add(new ExternalLogin
        {
            Provider = identity.Provider,
            Subject = identity.Subject,
            CreatedAt = now,
            LastUsedAt = now,
        });

        return user;
    }

    /// <summary>The display name's slug, with a random suffix when asked, so that a taken handle can be retried.</summary>
    internal static string HandleFor(string displayName, bool unique)
    {
        var handle = UrlSlug.From(displayName, maxLength: 30, fallback: "member");

        return unique
            ? handle + "-" + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture)
            : handle;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Created user {UserId} at first sign-in with {Provider}")]
    private static partial void LogUserCreated(ILogger logger, Guid userId, string provider);
}
