using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Api.Posts;
using Tandem.Data;

namespace Tandem.Api.Me;

/// <summary>The signed-in user's own audit log.</summary>
internal static class ActivityEndpoints
{
    public static RouteGroupBuilder MapActivity(this RouteGroupBuilder me)
    {
        me.MapGet("/activity", ListAsync)
            .WithName("GetMyActivity")
            .WithSummary("The user's audit events, newest first, a page at a time: pass nextBefore as before.");

        return me;
    }

    private static async Task<Results<Ok<ActivityList>, ValidationProblem>> ListAsync(
        string? before,
        string? limit,
        CurrentUser user,
        TandemDbContext db,
        CancellationToken cancellationToken)
    {
        // Event ids grow with time, so paging by id is newest-first paging, the same rule as the post lists.
        var page = PageRequest.Parse(before, limit, out var errors);
        if (page is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var events = db.AuditEvents.AsNoTracking().Where(e => e.UserId == user.Id);
        if (page.Before is { } beforeId)
        {
            events = events.Where(e => e.Id < beforeId);
        }

        // One more than the page holds says whether another page follows.
        var rows = await events
            .OrderByDescending(e => e.Id)
            .Take(page.Limit + 1)
            .Select(e => new ActivityEvent(
                e.Id, e.OccurredAt, e.Kind, e.Provider, e.IpAddress, e.UserAgent, e.Detail))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > page.Limit;
        var items = hasMore ? rows[..page.Limit] : rows;
        return TypedResults.Ok(new ActivityList(items, hasMore ? items[^1].Id : null));
    }
}
