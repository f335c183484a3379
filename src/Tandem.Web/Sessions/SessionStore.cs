using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data;
using Tandem.Data.Sessions;

namespace Tandem.Web.Sessions;

/// <summary>Creates, checks and ends the session rows that the cookie and every JWT point at.</summary>
internal sealed class SessionStore(
    TandemDbContext db, RequestSessionRow requestRow, IOptions<SessionOptions> options, TimeProvider time)
{
    /// <summary>
    /// Last-seen times are written at most this often, so that page views are not all writes. A session's
    /// stored last use is therefore up to this much older than its real one, so it ends between
    /// <see cref="SessionOptions.IdleTimeout"/> minus this and the full timeout after its last request.
    /// </summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);

    public async Task<Session> CreateAsync(
        Guid userId, string provider, string? userAgent, string? ipAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = new Session
        {
            // 256 random bits: the id is the only thing a JWT's sid claim needs to be unguessable.
            Id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            Provider = provider,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
            UserAgent = Truncate(userAgent, 512),
            IpAddress = Truncate(ipAddress, 64),
        };

        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>
    /// True when the session may still be used: not revoked, not past its absolute end, not idle for
    /// <see cref="SessionOptions.IdleTimeout"/>. Notes the visit when the last one noted is old.
    /// </summary>
    public async Task<bool> TouchIfLiveAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await requestRow.ReadAsync(sessionId, cancellationToken);

        if (session is null
            || session.RevokedAt is not null
            || session.ExpiresAt <= now
            || now - session.LastSeenAt >= options.Value.IdleTimeout)
        {
            return false;
        }

        if (now - session.LastSeenAt > LastSeenResolution)
        {
            await db.Sessions
                .Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            requestRow.Remember(sessionId, session with { LastSeenAt = now });
        }

        return true;
    }

    /// <summary>Ends the session at once: the API refuses its JWTs from the next request on.</summary>
    public async Task RevokeAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        requestRow.Forget();
        await db.Sessions
            .Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(x => x.RevokedAt, now)
                    .SetProperty(x => x.AccessToken, (string?)null)
                    .SetProperty(x => x.AccessTokenExpiresAt, (DateTimeOffset?)null),
                cancellationToken);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
