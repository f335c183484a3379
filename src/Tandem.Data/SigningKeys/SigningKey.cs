namespace Tandem.Data.SigningKeys;

/// <summary>
/// A key the web server signs JWTs with. The public half is what every validating server reads; the
/// private half is stored only as Data Protection ciphertext, decrypted by the web server alone.
/// </summary>
public sealed class SigningKey
{
    /// <summary>The key identifier, written into the <c>kid</c> header of every token it signs.</summary>
    public required string Id { get; set; }

    /// <summary>JWS algorithm, always ES256 today.</summary>
    public required string Algorithm { get; set; }

    /// <summary>The public key as a JSON Web Key (RFC 7517), see <see cref="PublicJsonWebKey"/>.</summary>
    public required string PublicJwk { get; set; }

    /// <summary>The private key as PKCS#8, protected with ASP.NET Core Data Protection.</summary>
    public required string ProtectedPrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this, no new token is signed with the key.</summary>
    public DateTimeOffset SignUntil { get; set; }

    /// <summary>After this, tokens signed with the key are no longer accepted.</summary>
    public DateTimeOffset RetiresAt { get; set; }
}
