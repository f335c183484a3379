using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Logins;

/// <summary>The user's sign-in methods: list them, and remove one as long as another remains.</summary>
internal static class LoginsEndpoints
{
    public static IEndpointRouteBuilder MapLogins(this IEndpointRouteBuilder app)
    {
        var logins = app.MapGroup("/me/logins")
            .WithTags("Me")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        logins.MapGet("", ListAsync)
            .WithName("GetMyLogins")
            .WithSummary("The user's provider logins, oldest first.");

        logins.MapDelete("/{id:long}", UnlinkAsync)
            .WithName("UnlinkMyLogin")
            .WithSummary("Removes one of the user's logins; refused with 409 when it is the last one.");

        return app;
    }

    private static async Task<Ok<List<LoginInfo>>> ListAsync(
        ClaimsPrincipal principal, TandemDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var logins = await db.ExternalLogins
            .Where(l => l.UserId == userId)
            .OrderBy(l => l.CreatedAt)
            .ThenBy(l => l.Id)
            .Select(l => new LoginInfo(l.Id, l.Provider, l.Email, l.EmailVerified, l.CreatedAt, l.LastUsedAt))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(logins);
    }

    private static async Task<Results<Ok<LoginInfo>, ProblemHttpResult>> UnlinkAsync(
        long id,
        ClaimsPrincipal principal,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var logger = loggers.CreateLogger(LoginsLog.Category);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A no-op write on the user's row locks it first, so two removals of the user's last two logins
        // run one after the other and the second sees one login left; counting alone would let both pass.
        await db.Users
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, x => x.DisplayName), cancellationToken);

        var login = await db.ExternalLogins
            .Where(l => l.Id == id && l.UserId == userId)
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

        if (await db.ExternalLogins.CountAsync(l => l.UserId == userId, cancellationToken) == 1)
        {
            logger.LastLoginKept(userId);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Last sign-in method",
                detail: "This is your only sign-in method; link another one before removing it.");
        }

        await db.ExternalLogins.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        db.AuditEvents.Add(await UnlinkedEventAsync(db, principal, userId, login.Provider, time, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LoginUnlinked(userId, login.Provider);
        return TypedResults.Ok(login);
    }

    /// <summary>
    /// The audit row, with the address and user agent the session was opened from. The request itself
    /// comes from the web server, not the browser, so its own address would say nothing about the person.
    /// </summary>
    private static async Task<AuditEvent> UnlinkedEventAsync(
        TandemDbContext db,
        ClaimsPrincipal principal,
        Guid userId,
        string provider,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var sessionId = principal.FindFirstValue(TandemTokenDefaults.SessionIdClaim);
        var session = await db.Sessions
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.IpAddress, s.UserAgent })
            .SingleOrDefaultAsync(cancellationToken);

        return new AuditEvent
        {
            Kind = AuditEventKinds.LoginUnlinked,
            UserId = userId,
            OccurredAt = time.GetUtcNow(),
            Provider = provider,
            IpAddress = session?.IpAddress,
            UserAgent = session?.UserAgent,
        };
    }
}
