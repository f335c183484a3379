using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Data;

namespace Tandem.Api.Me;

internal static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/me")
            .WithTags("Me")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        me.MapGet("", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("The user whose session the bearer token belongs to.");

        return app;
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(
        ClaimsPrincipal principal, TandemDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();

        var me = await db.Users
            .AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new MeResponse(
                u.Id,
                u.DisplayName,
                u.Handle,
                u.Email,
                u.EmailVerified,
                u.AvatarUrl,
                // Note: 0 until the API serves posts. Then this becomes
                // db.Posts.Count(p => p.AuthorId == u.Id), inside this projection, so it stays one query.
                0))
            .SingleOrDefaultAsync(cancellationToken);

        // Deleting a user deletes their sessions, so this happens only when the deletion lands between
        // the session check and this query.
        return me is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "User not found",
                detail: "The user this token was issued to no longer exists.")
            : TypedResults.Ok(me);
    }
}
