using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.Audit;

namespace Tandem.Api.Logins;

/// <summary>The user's sign-in methods: list them, and remove one as long as another remains.</summary>
internal static class LoginsEndpoints
{
    public static IEndpointRouteBuilder MapLogins(this IEndpointRouteBuilder app)
    {
        var logins = app.MapGroup("/me/logins")
            .WithTags("Me")
            .RequireCurrentUser();

        logins.MapGet("", ListAsync)
            .WithName("GetMyLogins")
            .WithSummary("The user's provider logins, oldest first.");

        logins.MapDelete("/{id:long}", UnlinkAsync)
            .WithName("UnlinkMyLogin")
            .WithSummary("Removes one of the user's logins; refused with 409 when it is the last one.");

        return app;
    }

    private static async Task<Ok<List<LoginInfo>>> ListAsync(
        CurrentUser user, TandemDbContext db, CancellationToken cancellationToken)
    {
        var logins = await db.ExternalLogins
            .Where(l => l.UserId == user.Id)
            .OrderBy(l => l.CreatedAt)
            .ThenBy(l => l.Id)
            .Select(l => new LoginInfo(l.Id, l.Provider, l.Email, l.EmailVerified, l.CreatedAt, l.LastUsedAt))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(logins);
    }

    private static async Task<Results<Ok<LoginInfo>, ProblemHttpResult>> UnlinkAsync(
        long id,
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(LoginsLog.Category);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A no-op write on the user's row locks it first, so two removals of the user's last two logins
        // run one after the other and the second sees one login left; counting alone would let both pass.
        await db.Users
            .Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, x => x.DisplayName), cancellationToken);

        var login = await db.ExternalLogins
            .Where(l => l.Id == id && l.UserId == user.Id)
            .Select(l => new LoginInfo(l.Id, l.Provider, l.Email, l.EmailVerified, l.CreatedAt, l.LastUsedAt))
            .SingleOrDefaultAsync(cancellationToken);

        // Another user's login answers exactly like a missing one, so ids reveal nothing.
        if (login is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Login not found",
                detail: "You have no sign-in method with this id.");
        }

        if (await db.ExternalLogins.CountAsync(l => l.UserId == user.Id, cancellationToken) == 1)
        {
            logger.LastLoginKept(user.Id);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Last sign-in method",
                detail: "This is your only sign-in method; link another one before removing it.");
        }

        await db.ExternalLogins.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEvents.Add(await UnlinkedEventAsync(db, user, login.Provider, time, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LoginUnlinked(user.Id, login.Provider);
        return TypedResults.Ok(login);
    }

    /// <summary>
    /// The audit row, with the address and user agent the session was opened from. The request itself
    /// comes from the web server, not the browser, so its own address would say nothing about the person.
    /// </summary>
    private static async Task<AuditEvent> UnlinkedEventAsync(
        TandemDbContext db,
        CurrentUser user,
        string provider,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions
            .Where(s => s.Id == user.SessionId)
            .Select(s => new { s.IpAddress, s.UserAgent })
            .SingleOrDefaultAsync(cancellationToken);

        return new AuditEvent
        {
            Kind = AuditEventKinds.LoginUnlinked,
            UserId = user.Id,
            OccurredAt = time.GetUtcNow(),
            Provider = provider,
            IpAddress = session?.IpAddress,
            UserAgent = session?.UserAgent,
        };
    }
}
