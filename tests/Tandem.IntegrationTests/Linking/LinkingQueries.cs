using Microsoft.EntityFrameworkCore;
using Tandem.Data.Audit;
using Tandem.Data.Users;

namespace Tandem.IntegrationTests.Linking;

/// <summary>What the servers stored, read straight from the shared database.</summary>
internal static class LinkingQueries
{
    public static async Task<Guid> UserIdOfAsync(this TandemSystem stack, string provider, DevPerson person)
    {
        var user = await stack.FindUserAsync(provider, person.Subject!);
        Assert.NotNull(user);
        return user.Id;
    }

    public static async Task<List<ExternalLogin>> LoginsOfAsync(this TandemSystem stack, Guid userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.ExternalLogins.Where(l => l.UserId == userId).OrderBy(l => l.Id).ToListAsync();
    }

    public static async Task<ExternalLogin?> LoginAsync(this TandemSystem stack, string provider, DevPerson person)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.ExternalLogins.SingleOrDefaultAsync(l => l.Provider == provider && l.Subject == person.Subject);
    }

    public static async Task<List<AuditEvent>> AuditOfAsync(this TandemSystem stack, Guid? userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        var events = await db.AuditEvents.Where(e => e.UserId == userId).ToListAsync();
        return events.OrderBy(e => e.Id).ToList();
    }

    /// <summary>The JWT of the user's newest live session (the web server mints it when a page calls the API).</summary>
    public static async Task<string> AccessTokenOfAsync(this TandemSystem stack, Guid userId)
    {
        var sessions = await stack.SessionsOfAsync(userId);
        var session = sessions.LastOrDefault(s => s.RevokedAt is null && s.AccessToken is not null);
        Assert.NotNull(session);
        return session.AccessToken!;
    }
}
