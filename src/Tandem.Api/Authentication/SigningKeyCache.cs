using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>
/// The public signing keys of the SigningKeys table, in memory, so that validating a token costs a
/// dictionary lookup. The table is read again on a schedule (see <see cref="SigningKeyRefreshService"/>)
/// and when a token names a key not seen yet, because the web server may have just created it.
/// </summary>
internal sealed class SigningKeyCache(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SigningKeyCache> logger) : IDisposable
{
    /// <summary>How often the whole table is read, so that a key removed from it stops being accepted.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The least time between two reads of the table, so that a flood of tokens naming random keys costs
    /// the database one query per interval, not one per request.
    /// </summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private FrozenDictionary<string, CachedKey> _keys = FrozenDictionary<string, CachedKey>.Empty;
    private DateTimeOffset _lastRefreshStartedAt = DateTimeOffset.MinValue;

    /// <summary>The key a token's <c>kid</c> names, while it has not retired; otherwise none.</summary>
    public IEnumerable<SecurityKey> Find(string? keyId)
    {
        // The kid is caller-controlled text; it is only ever a lookup key, never part of a path, URL or query.
        if (keyId is not null
            && Volatile.Read(ref _keys).TryGetValue(keyId, out var key)
            && key.RetiresAt > time.GetUtcNow())
        {
            return [key.SecurityKey];
        }

        return [];
    }

    /// <summary>Reads the table if <paramref name="keyId"/> is unknown, unless it was read just now.</summary>
    public async ValueTask LoadIfUnknownAsync(string keyId, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _keys).ContainsKey(keyId))
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // A read that finished while this request waited may have brought the key, or used up the interval.
            // An empty table is not throttled: on a fresh database the API can start and read it before the web
            // server has created its first key, and the first tokens then arrive within the interval.
            if (_keys.ContainsKey(keyId)
                || (_keys.Count > 0 && time.GetUtcNow() - _lastRefreshStartedAt < MinimumRefreshInterval))
            {
                return;
            }

            await LoadAsync(cancellationToken);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            await LoadAsync(cancellationToken);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        _lastRefreshStartedAt = now;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var rows = await db.SigningKeys
            .AsNoTracking()
            .Where(k => k.RetiresAt > now)
            .Select(k => new StoredKey(k.Id, k.Algorithm, k.PublicJwk, k.RetiresAt))
            .ToListAsync(cancellationToken);

        var previous = _keys;
        var keys = new Dictionary<string, CachedKey>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // Reusing the key object of an unchanged row keeps its verifier, and the signatures it remembers.
            if (previous.TryGetValue(row.Id, out var known) && known.PublicJwk == row.PublicJwk)
            {
                keys[row.Id] = known with { RetiresAt = row.RetiresAt };
            }
            else if (ToSecurityKey(row) is { } securityKey)
            {
                keys[row.Id] = new CachedKey(securityKey, row.PublicJwk, row.RetiresAt);
            }
            else
            {
                logger.SigningKeyUnusable(row.Id);
            }
        }

        Volatile.Write(ref _keys, keys.ToFrozenDictionary(StringComparer.Ordinal));
        logger.SigningKeysLoaded(keys.Count);
    }

    /// <summary>The row's public key when it is the one kind Tandem signs with: ES256 on P-256.</summary>
    private static ECDsaSecurityKey? ToSecurityKey(StoredKey row)
    {
        if (row.Algorithm != TandemTokenDefaults.Algorithm)
        {
            return null;
        }

        try
        {
            var jwk = PublicJsonWebKey.Read(row.PublicJwk);
            if (jwk.Kty != JsonWebAlgorithmsKeyTypes.EllipticCurve || jwk.Crv != JsonWebKeyECTypes.P256)
            {
                return null;
            }

            // ECDsa.Create checks that the point lies on the curve, so a corrupt row fails here, not later.
            var ecdsa = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint
                {
                    X = Base64UrlEncoder.DecodeBytes(jwk.X),
                    Y = Base64UrlEncoder.DecodeBytes(jwk.Y),
                },
            });

            var key = new ECDsaSecurityKey(ecdsa) { KeyId = row.Id };
            key.CryptoProviderFactory = new RememberingCryptoProviderFactory(key);
            return key;
        }
        catch (Exception exception)
            when (exception is ArgumentException or FormatException or CryptographicException)
        {
            return null;
        }
    }

    private sealed record StoredKey(string Id, string Algorithm, string PublicJwk, DateTimeOffset RetiresAt);

    private sealed record CachedKey(ECDsaSecurityKey SecurityKey, string PublicJwk, DateTimeOffset RetiresAt);
}
