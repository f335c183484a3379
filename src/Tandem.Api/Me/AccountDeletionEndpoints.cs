using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;

namespace Tandem.Api.Me;

/// <summary>Deleting the signed-in user's account and everything that belongs to it.</summary>
internal static class AccountDeletionEndpoints
{
    public static RouteGroupBuilder MapAccountDeletion(this RouteGroupBuilder me)
    {
        me.MapDelete("", DeleteAsync)
            .WithName("DeleteMe")
            .WithSummary("Deletes the user, with their posts, sessions, logins, API tokens and audit events. " +
                "confirm must be the user's handle.");

        return me;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string? confirm,
        CurrentUser user,
        TandemDbContext db,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(AccountLog.Category);

        var handle = await db.Users
            .Where(u => u.Id == user.Id)
            .Select(u => u.Handle)
            .SingleOrDefaultAsync(cancellationToken);
        if (handle is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "User not found",
                detail: "The user this token was issued to no longer exists.");
        }

        // The handle is asked for so that a stray request (a replayed token, a wrong button) cannot delete an
        // account; the web server asks the person to type it.
        if (!string.Equals(confirm?.Trim().TrimStart('@'), handle, StringComparison.OrdinalIgnoreCase))
        {
            log.DeletionNotConfirmed(user.Id);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["confirm"] = ["confirm must be the account's handle, typed exactly, to delete the account."],
            });
        }

        // One statement: the schema's foreign keys (posts, sessions, logins, API tokens, audit events) all
        // cascade from Users, on SQLite and PostgreSQL alike, so the database removes the rest atomically.
        await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(cancellationToken);
        log.AccountDeleted(user.Id);

        return TypedResults.NoContent();
    }
}
