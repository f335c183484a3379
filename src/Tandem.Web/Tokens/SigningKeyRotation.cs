using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Web.Tokens;

/// <summary>
/// Creates the keys <see cref="SigningKeySchedule"/> asks for and deletes rows long retired. Safe to run on
/// every web instance at once: creation races end at the primary key, deletion is idempotent.
/// </summary>
internal sealed class SigningKeyRotation(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<JwtOptions> jwt,
    IOptions<SigningKeyOptions> options,
    TimeProvider time,
    ILogger<SigningKeyRotation> logger)
{
    public const string ProtectorPurpose = "Tandem.Web.Tokens.SigningKey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(ProtectorPurpose);

    /// <summary>Creates the next key when one is due; false when none was due or another instance made it.</summary>
    public async Task<bool> CreateDueKeyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        var stored = await db.SigningKeys
            .AsNoTracking()
            .Select(k => new ScheduledKey(k.Id, k.SignUntil, k.RetiresAt))
            .ToListAsync(cancellationToken);

        var planned = SigningKeySchedule.Next(stored, now, options.Value, jwt.Value.Lifetime);
        if (planned is null)
        {
            return false;
        }

        db.SigningKeys.Add(NewRow(planned, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Losing the race is a primary-key violation, which SQLite and PostgreSQL report differently;
            // finding the winner's row is the provider-neutral proof. Any other failure is rethrown.
            db.ChangeTracker.Clear();
            if (!await db.SigningKeys.AnyAsync(k => k.Id == planned.Id, cancellationToken))
            {
                throw;
            }

            logger.SigningKeyCreatedElsewhere(planned.Id);
            return false;
        }

        logger.SigningKeyCreated(planned.Id, planned.SignUntil, planned.RetiresAt);
        return true;
    }

    /// <summary>Deletes the rows of keys retired more than <see cref="SigningKeyOptions.DeleteAfter"/> ago.</summary>
    public async Task<int> DeleteRetiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.DeleteAfter;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();

        var deleted = await db.SigningKeys.Where(k => k.RetiresAt <= cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.RetiredSigningKeysDeleted(deleted);
        }

        return deleted;
    }

    private SigningKey NewRow(PlannedKey planned, DateTimeOffset now)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        return new SigningKey
        {
            Id = planned.Id,
            Algorithm = TandemTokenDefaults.Algorithm,
            PublicJwk = PublicJsonWebKey.Write(ecdsa, planned.Id),
            ProtectedPrivateKey = _protector.Protect(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
            SignUntil = planned.SignUntil,
            RetiresAt = planned.RetiresAt,
        };
    }
}
