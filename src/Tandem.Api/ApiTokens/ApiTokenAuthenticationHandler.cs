using System.Data.Common;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Tandem.Data;

namespace Tandem.Api.ApiTokens;

/// <summary>
/// Accepts <c>Authorization: Bearer tdm_…</c> while the token is live and its user exists, as that user:
/// the same <c>sub</c> a session JWT carries, plus <see cref="ApiTokenDefaults.TokenIdClaim"/> and no <c>sid</c>.
/// </summary>
/// <remarks>
/// Note: the token is looked up by its hash on every request, never cached, so that revoking it takes effect
/// on the very next request. The read is one unique-index lookup.
/// </remarks>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    TandemDbContext db,
    TimeProvider clock,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerSchemeSelector.ReadApiToken(Request.Headers.Authorization.ToString());
        if (secret is null || !ApiTokenSecret.IsWellFormed(secret))
        {
            return Rejected("malformed token");
        }

        var hash = ApiTokenSecret.Hash(secret);
        var token = await db.ApiTokens
            .AsNoTracking()
            .Where(t => t.SecretHash == hash)
            .Select(t => new
            {
                t.Id,
                t.UserId,
                t.SecretHash,
                t.ExpiresAt,
                t.RevokedAt,
                t.LastUsedAt,
                UserExists = db.Users.Any(u => u.Id == t.UserId),
            })
            .SingleOrDefaultAsync(Context.RequestAborted);

        if (token is null || !ApiTokenSecret.HashesEqual(token.SecretHash, hash))
        {
            return Rejected("unknown token");
        }

        var now = clock.GetUtcNow();
        var reason = token switch
        {
            { RevokedAt: not null } => "token revoked",
            _ when token.ExpiresAt <= now => "token expired",
            { UserExists: false } => "user not found",
            _ => null,
        };
        if (reason is not null)
        {
            Logger.KnownTokenRejected(token.Id, reason);
            return AuthenticateResult.Fail(reason);
        }

        await RecordUseAsync(token.Id, token.LastUsedAt, now);

        Logger.TokenAccepted(token.Id, token.UserId);
        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, token.UserId.ToString()),
                new Claim(ApiTokenDefaults.TokenIdClaim, token.Id.ToString()),
            ],
            Scheme.Name,
            JwtRegisteredClaimNames.Sub,
            roleType: null);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // RFC 6750 section 3.1, as for session JWTs: the credential was there and was refused. Why is for our logs.
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await WriteProblemAsync(
            StatusCodes.Status401Unauthorized,
            "Unauthorized",
            "The API token is not valid, has expired, or has been revoked.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync(
            StatusCodes.Status403Forbidden,
            "Forbidden",
            "This endpoint needs a signed-in session; an API token cannot be used here. " +
            "Manage API tokens on the Tandem web site.");
    }

    /// <summary>Sets LastUsedAt unless it was set within <see cref="ApiTokenDefaults.LastUsedResolution"/>.</summary>
    private async Task RecordUseAsync(Guid tokenId, DateTimeOffset? lastUsedAt, DateTimeOffset now)
    {
        if (lastUsedAt is { } last && now - last < ApiTokenDefaults.LastUsedResolution)
        {
            return;
        }

        // The condition is repeated in the update, so concurrent requests write once between them.
        var staleBefore = now - ApiTokenDefaults.LastUsedResolution;
        try
        {
            await db.ApiTokens
                .Where(t => t.Id == tokenId && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        catch (DbException exception)
        {
            Logger.LastUsedNotRecorded(tokenId, exception);
        }
    }

    private AuthenticateResult Rejected(string reason)
    {
        Logger.TokenRejected(reason);
        return AuthenticateResult.Fail(reason);
    }

    private Task WriteProblemAsync(int status, string title, string detail) =>
        problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
}
