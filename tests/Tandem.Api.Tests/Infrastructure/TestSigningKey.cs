using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>An ES256 key pair made the way the web server makes its signing keys.</summary>
public sealed class TestSigningKey : IDisposable
{
    public TestSigningKey(string? id = null)
    {
        Id = id ?? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        Credentials = new SigningCredentials(
            new ECDsaSecurityKey(Ecdsa) { KeyId = Id }, TandemTokenDefaults.Algorithm);
    }

    public string Id { get; }

    public ECDsa Ecdsa { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public SigningCredentials Credentials { get; }

    /// <summary>The row the web server would publish for this key.</summary>
    public SigningKey ToRow(DateTimeOffset retiresAt) => new()
    {
        Id = Id,
        Algorithm = TandemTokenDefaults.Algorithm,
        PublicJwk = PublicJsonWebKey.Write(Ecdsa, Id),

        // The real column holds the private key as Data Protection ciphertext, which only the web server can
        // make or read. The API never reads the column, and these tests sign with the key in memory, so a
        // placeholder here is true to what the API sees.
        ProtectedPrivateKey = "placeholder: the API never reads the private key",
        CreatedAt = DateTimeOffset.UtcNow,
        SignUntil = retiresAt - TimeSpan.FromMinutes(10),
        RetiresAt = retiresAt,
    };

    public void Dispose() => Ecdsa.Dispose();
}
