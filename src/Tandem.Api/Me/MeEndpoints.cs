using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Api.Authentication;
using Tandem.Data;

namespace Tandem.Api.Me;

internal static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/me")
            .WithTags("Me")
            .RequireCurrentUser();

        me.MapGet("", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("The user whose session the bearer token belongs to, with their post count.");

        me.MapGet("/account", GetAccountOverviewAsync)
            .WithName("GetMyAccountOverview")
            .WithSummary("The user, their newest posts and their live sessions: all an account page shows.");

        me.MapGet("/sessions", GetSessionsAsync)
            .WithName("GetMySessions")
            .WithSummary("The user's live sessions, newest first; current marks this token's own.");

        me.MapSessionEnding();
        me.MapActivity();
        me.MapAccountDeletion();

        return app;
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(
        CurrentUser user, TandemDbContext db, CancellationToken cancellationToken)
    {
        var found = await MeQueries.FindUser.For(db)(db, user.Id, cancellationToken);
        return found is null ? UserNotFound() : TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<AccountOverview>, ProblemHttpResult>> GetAccountOverviewAsync(
        CurrentUser user,
        TandemDbContext db,
        IOptions<SessionTimeoutOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await MeQueries.FindUser.For(db)(db, user.Id, cancellationToken);
        if (found is null)
        {
            return UserNotFound();
        }

        var recentPosts = await MeQueries.RecentPosts.For(db)(db, user.Id).ToListAsync(cancellationToken);
        var sessions = await LiveSessionList.ReadAsync(
            db, user, time.GetUtcNow(), options.Value.IdleTimeout, cancellationToken);

        return TypedResults.Ok(new AccountOverview(found, recentPosts, sessions));
    }

    private static async Task<Ok<IReadOnlyList<SessionInfo>>> GetSessionsAsync(
        CurrentUser user,
        TandemDbContext db,
        IOptions<SessionTimeoutOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await LiveSessionList.ReadAsync(
            db, user, time.GetUtcNow(), options.Value.IdleTimeout, cancellationToken));

    // Deleting a user deletes their sessions, so this happens only when the deletion lands between the
    // session check and the read.
    private static ProblemHttpResult UserNotFound() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "User not found",
            detail: "The user this token was issued to no longer exists.");
}
