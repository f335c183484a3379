using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Api.Posts;
using Tandem.Api.RateLimiting;
using Tandem.Data;
using Tandem.Data.ApiTokens;
using Tandem.Data.Audit;

namespace Tandem.Api.ApiTokens;

internal static class ApiTokensEndpoints
{
    /// <summary>AuditEvent.UserAgent's column width.</summary>
    private const int UserAgentMaxLength = 512;

    public static IEndpointRouteBuilder MapApiTokens(this IEndpointRouteBuilder app)
    {
        // Session-only: a leaked API token must not be able to mint itself successors or list its siblings.
        var tokens = app.MapGroup("/me/tokens")
            .WithTags("API tokens")
            .RequireCurrentUser(ApiTokenDefaults.SessionOnlyPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tokens.MapGet("", ListAsync)
            .WithName("ListMyApiTokens")
            .WithSummary("The user's API tokens that are not revoked, newest first; never their secrets.");

        tokens.MapPost("", CreateAsync)
            .RequireRateLimiting(TokenCreationRateLimit.PolicyName)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("CreateApiToken")
            .WithSummary("Creates an API token; the response holds its secret, which is never shown again.")
            .WithMetadata(new RequestSizeLimitAttribute(JsonRequestBody.MaxBytes))
            .Accepts<CreateApiTokenRequest>("application/json");

        tokens.MapDelete("/{id:guid}", RevokeAsync)
            .WithName("RevokeApiToken")
            .WithSummary("Revokes one of the user's API tokens; the next request carrying it is refused.");

        return app;
    }

    private static async Task<Ok<List<ApiTokenInfo>>> ListAsync(
        CurrentUser user, TandemDbContext db, CancellationToken cancellationToken)
    {
        var tokens = await db.ApiTokens
            .AsNoTracking()
            .Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Select(t => new ApiTokenInfo(t.Id, t.Name, t.SecretPrefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(tokens);
    }

    private static async Task<Results<Created<CreatedApiToken>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context,
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (body, problem) =
            await JsonRequestBody.ReadAsync<CreateApiTokenRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var valid = ApiTokenValidation.Validate(body!, out var errors);
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var secret = ApiTokenSecret.Generate();
        var now = Now(time);
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Name = valid.Name,
            SecretHash = ApiTokenSecret.Hash(secret),
            SecretPrefix = ApiTokenSecret.VisiblePrefix(secret),
            CreatedAt = now,
            ExpiresAt = now + valid.Lifetime,
        };
        db.ApiTokens.Add(token);
        db.AuditEvents.Add(Audit(context, user.Id, now, AuditEventKinds.ApiTokenCreated, token.Name));

        // One SaveChanges: the token and its audit entry are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);

        loggers.CreateLogger(ApiTokensLog.Category).TokenCreated(user.Id, token.Id, token.ExpiresAt);

        // The secret is in this response and nowhere else; no cache along the way may keep a copy.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created(
            (string?)null,
            new CreatedApiToken(token.Id, token.Name, token.SecretPrefix, token.CreatedAt, token.ExpiresAt, secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id,
        HttpContext context,
        CurrentUser user,
        TandemDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var now = Now(time);

        // The revocation and its audit entry commit together; the owner check is part of the update itself.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revoked = await db.ApiTokens
            .Where(t => t.Id == id && t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

        // Another user's token answers exactly as a missing one does, so ids cannot be probed.
        if (revoked == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "API token not found",
                detail: $"You have no API token {id} that is not already revoked.");
        }

        var name = await db.ApiTokens.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(cancellationToken);
        db.AuditEvents.Add(Audit(context, user.Id, now, AuditEventKinds.ApiTokenRevoked, name));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        loggers.CreateLogger(ApiTokensLog.Category).TokenRevoked(user.Id, id);
        return TypedResults.NoContent();
    }

    private static AuditEvent Audit(HttpContext context, Guid userId, DateTimeOffset now, string kind, string name)
    {
        var userAgent = context.Request.Headers.UserAgent.ToString();
        return new AuditEvent
        {
            UserId = userId,
            OccurredAt = now,
            Kind = kind,
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = userAgent.Length == 0 ? null : userAgent[..Math.Min(userAgent.Length, UserAgentMaxLength)],
            Detail = name,
        };
    }

    /// <summary>
    /// Now, to the whole millisecond. SQLite keeps timestamps to 0.1 ms and PostgreSQL to 1 µs, so a finer
    /// value would come back different from what the creation's response said.
    /// </summary>
    private static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
