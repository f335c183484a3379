using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Web.Tokens;

/// <summary>
/// Holds the key that signs new session JWTs. The key lives in the shared database so that every web
/// instance signs with the same one and the API can find its public half; the private half is stored
/// protected by Data Protection, whose key ring is shared through the same database.
/// </summary>
internal sealed partial class SigningKeyStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<JwtOptions> options,
    TimeProvider time,
    ILogger<SigningKeyStore> logger) : IDisposable
{
    private const string ProtectorPurpose = "Tandem.Web.Tokens.SigningKey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(ProtectorPurpose);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CurrentKey? _current;

    /// <summary>The signing credentials for a token issued now; creates the first key when there is none.</summary>
    public async ValueTask<SigningCredentials> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = _current;
        if (current is not null && current.SignUntil > now)
        {
            return current.Credentials;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is null || current.SignUntil <= now)
            {
                current = await LoadOrCreateAsync(now, cancellationToken);
                _current = current;
            }

            return current.Credentials;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private async Task<CurrentKey> LoadOrCreateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        var stored = await db.SigningKeys
            .Where(k => k.SignUntil > now && k.Algorithm == TandemTokenDefaults.Algorithm)
            .OrderByDescending(k => k.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

        if (stored is not null)
        {
            return Unprotect(stored);
        }

        // Two instances starting together may each create a key. That is harmless: both keys are
        // published, tokens signed by either validate, and each instance settles on the newest next time.
        var created = CreateKey(now);
        db.SigningKeys.Add(created.Row);
        await db.SaveChangesAsync(cancellationToken);
        LogKeyCreated(logger, created.Row.Id, created.Row.SignUntil);

        return created.Key;
    }

    private (SigningKey Row, CurrentKey Key) CreateKey(DateTimeOffset now)
    {
        var lifetime = options.Value;
        var keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var row = new SigningKey
        {
            Id = keyId,
            Algorithm = TandemTokenDefaults.Algorithm,
            PublicJwk = PublicJsonWebKey.Write(ecdsa, keyId),
            ProtectedPrivateKey = _protector.Protect(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
            SignUntil = now + lifetime.KeyRotation,

            // A token signed at the last moment must stay verifiable for its whole life, and a little more
            // for clocks that disagree.
            RetiresAt = now + lifetime.KeyRotation + lifetime.Lifetime + TimeSpan.FromMinutes(5),
        };

        return (row, new CurrentKey(Credentials(ecdsa, keyId), row.SignUntil));
    }

    private CurrentKey Unprotect(SigningKey stored)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(stored.ProtectedPrivateKey)), out _);
        return new CurrentKey(Credentials(ecdsa, stored.Id), stored.SignUntil);
    }

    private static SigningCredentials Credentials(ECDsa ecdsa, string keyId) =>
        new(new ECDsaSecurityKey(ecdsa) { KeyId = keyId }, TandemTokenDefaults.Algorithm);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Created signing key {KeyId}, signing until {SignUntil}")]
    private static partial void LogKeyCreated(ILogger logger, string keyId, DateTimeOffset signUntil);

    private sealed record CurrentKey(SigningCredentials Credentials, DateTimeOffset SignUntil);
}
