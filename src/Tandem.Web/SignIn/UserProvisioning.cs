using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.Data.Text;
using Tandem.Data.Users;

namespace Tandem.Web.SignIn;

/// <summary>
/// Finds the user behind a provider identity, attaches a new login to the one user with the same verified
/// e-mail address, or creates a user on their first sign-in. The database's unique index on (provider,
/// subject) settles races: when two first sign-ins of the same person collide, one insert wins and the
/// other reads the winner's user.
/// </summary>
internal sealed partial class UserProvisioning(TandemDbContext db, TimeProvider time, ILogger<UserProvisioning> logger)
{
    private const int MaxAttempts = 5;

    public async Task<ProvisionedUser> FindOrCreateAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);

        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindAsync(identity, cancellationToken);
            if (existing is not null)
            {
                return new ProvisionedUser(existing, ProvisioningOutcome.Existing);
            }

            var owner = await SingleVerifiedOwnerAsync(identity, cancellationToken);
            var user = owner ?? NewUser(identity, uniqueHandle: attempt > 1);
            if (owner is null)
            {
                db.Users.Add(user);
            }
            else
            {
                db.ExternalLogins.Add(NewLogin(identity, owner.Id));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (owner is null)
                {
                    LogUserCreated(logger, user.Id, identity.Provider);
                    return new ProvisionedUser(user, ProvisioningOutcome.Created);
                }

                LogLinkedByEmail(logger, user.Id, identity.Provider);
                return new ProvisionedUser(user, ProvisioningOutcome.LinkedByEmail);
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

        // What the provider says now replaces what it said last time: an address it no longer vouches
        // for must stop counting for linking by e-mail.
        login.LastUsedAt = time.GetUtcNow();
        login.Email = EmailOf(identity);
        login.EmailVerified = login.Email is not null && identity.EmailVerified;
        await db.SaveChangesAsync(cancellationToken);
        return login.User;
    }

    /// <summary>
    /// The one user holding a login whose provider verified the same address this provider verifies now;
    /// null when this provider does not vouch for its address, when nobody matches, or when several users do.
    /// </summary>
    /// <remarks>
    /// The comparison lower-cases both sides in the database; SQLite's lower() folds only ASCII letters, so
    /// there two addresses that differ in the case of a non-ASCII letter do not match and a new user is
    /// opened instead, which is the safe side. Two first sign-ins of one person through two different
    /// providers at the same instant can still open two users: neither sees the other's login yet.
    /// </remarks>
    private async Task<User?> SingleVerifiedOwnerAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        if (!identity.EmailVerified || EmailOf(identity) is not { } email)
        {
            return null;
        }

        var lowered = email.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() becomes SQL lower() here; no .NET culture is involved.
        var owners = await db.ExternalLogins
            .Where(l => l.EmailVerified && l.Email != null && l.Email.ToLower() == lowered)
            .Select(l => l.UserId)
            .Distinct()
            .Take(2)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862

        return owners is [var userId]
            ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            : null;
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

        user.Logins.Add(NewLogin(identity, user.Id));
        return user;
    }

    /// <summary>A login for <paramref name="identity"/>, owned by <paramref name="userId"/>.</summary>
    public ExternalLogin NewLogin(ExternalIdentity identity, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(identity);

        var now = time.GetUtcNow();
        var email = EmailOf(identity);
        return new ExternalLogin
        {
            UserId = userId,
            Provider = identity.Provider,
            Subject = identity.Subject,
            Email = email,
            EmailVerified = email is not null && identity.EmailVerified,
            CreatedAt = now,
            LastUsedAt = now,
        };
    }

    /// <summary>The asserted address, or null when it does not fit the column (RFC 5321 allows at most 254).</summary>
    private static string? EmailOf(ExternalIdentity identity) =>
        identity.Email is { Length: > 0 and <= 320 } email ? email : null;

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

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Attached a first sign-in with {Provider} to user {UserId} by their verified e-mail address")]
    private static partial void LogLinkedByEmail(ILogger logger, Guid userId, string provider);
}
