using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Web.Tokens;

/// <summary>
/// Holds the key that signs new session JWTs. The key lives in the shared database so that every web
/// instance signs with the same one and the API can find its public half; the private half is stored
/// protected by Data Protection, whose key ring is shared (encrypted) through the same database.
/// </summary>
internal sealed class SigningKeyStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    SigningKeyRotation rotation,
    TimeProvider time,
    ILogger<SigningKeyStore> logger) : IDisposable
{
    /// <summary>
    /// How long the choice of signer is trusted before the table is asked again. Instances that each
    /// created a first key at the same moment thereby settle on the same one within this time.
    /// </summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = dataProtection.CreateProtector(SigningKeyRotation.ProtectorPurpose);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CurrentKey? _current;

    /// <summary>The signing credentials for a token issued now; creates a key when none is signing.</summary>
    public async ValueTask<SigningCredentials> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.IsFreshAt(time.GetUtcNow()))
        {
            return current.Credentials;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is null || !current.IsFreshAt(time.GetUtcNow()))
            {
                current = await LoadAsync(current, cancellationToken);
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

    private async Task<CurrentKey> LoadAsync(CurrentKey? previous, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        var signer = await FindSignerAsync(db, cancellationToken);
        if (signer is null)
        {
            // The rotation service normally creates every key ahead of time; this covers the very first
            // start and a deployment that was down past its last key's SignUntil.
            await rotation.CreateDueKeyAsync(cancellationToken);
            signer = await FindSignerAsync(db, cancellationToken)
                ?? throw new InvalidOperationException("No signing key is usable right after creating one.");
        }

        var now = time.GetUtcNow();
        if (previous is not null && previous.Id == signer.Id)
        {
            return previous with { CheckedAt = now };
        }

        var protectedKey = await db.SigningKeys
            .Where(k => k.Id == signer.Id)
            .Select(k => k.ProtectedPrivateKey)
            .SingleAsync(cancellationToken);

        logger.SigningWith(signer.Id);
        return new CurrentKey(signer.Id, Unprotect(signer.Id, protectedKey), signer.SignUntil, now);
    }

    private async Task<ScheduledKey?> FindSignerAsync(TandemDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var signing = await db.SigningKeys
            .AsNoTracking()
            .Where(k => k.SignUntil > now && k.Algorithm == TandemTokenDefaults.Algorithm)
            .Select(k => new ScheduledKey(k.Id, k.SignUntil, k.RetiresAt))
            .ToListAsync(cancellationToken);

        return SigningKeySchedule.Signer(signing, now);
    }

    private SigningCredentials Unprotect(string keyId, string protectedKey)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(protectedKey)), out _);
        return new SigningCredentials(new ECDsaSecurityKey(ecdsa) { KeyId = keyId }, TandemTokenDefaults.Algorithm);
    }

    private sealed record CurrentKey(
        string Id, SigningCredentials Credentials, DateTimeOffset SignUntil, DateTimeOffset CheckedAt)
    {
        public bool IsFreshAt(DateTimeOffset now) => SignUntil > now && CheckedAt + RecheckInterval > now;
    }
}
