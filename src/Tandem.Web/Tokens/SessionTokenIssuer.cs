using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data;
using Tandem.Data.SigningKeys;
using Tandem.Web.Sessions;

namespace Tandem.Web.Tokens;

/// <summary>
/// Gives each live session a short-lived JWT for calling the API, kept with the session in the shared
/// database so that every web instance reuses it until it nears expiry.
/// </summary>
internal sealed class SessionTokenIssuer(
    TandemDbContext db,
    RequestSessionRow requestRow,
    SigningKeyStore keys,
    IOptions<JwtOptions> options,
    TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>The session's current JWT, or null when the session is not live.</summary>
    public async Task<string?> GetTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await requestRow.GetAsync(sessionId, cancellationToken);
        if (session is null || session.RevokedAt is not null || session.ExpiresAt <= now)
        {
            return null;
        }

        if (session.AccessToken is not null && session.AccessTokenExpiresAt > now + options.Value.RenewBefore)
        {
            return session.AccessToken;
        }

        var expires = Min(now + options.Value.Lifetime, session.ExpiresAt);
        var token = await MintAsync(session.UserId, sessionId, now, expires, cancellationToken);

        // Guarded on RevokedAt, so that a session signed out since it was read above gets no new token.
        var renewed = await db.Sessions
            .Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.AccessToken, token)
                    .SetProperty(s => s.AccessTokenExpiresAt, expires),
                cancellationToken);

        if (renewed != 1)
        {
            requestRow.Forget();
            return null;
        }

        requestRow.Remember(sessionId, session with { AccessToken = token, AccessTokenExpiresAt = expires });
        return token;
    }

    private async Task<string> MintAsync(
        Guid userId, string sessionId, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            TokenType = TandemTokenDefaults.TokenType,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = await keys.GetCurrentAsync(cancellationToken),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(TandemTokenDefaults.SessionIdClaim, sessionId),
                new Claim(JwtRegisteredClaimNames.Jti, Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16))),
            ]),
        };

        return Handler.CreateToken(descriptor);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
