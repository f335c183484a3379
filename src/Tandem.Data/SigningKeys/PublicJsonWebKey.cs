using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.Data.SigningKeys;

/// <summary>Converts between an ECDSA P-256 public key and the JWK text kept in <see cref="SigningKey.PublicJwk"/>.</summary>
public static class PublicJsonWebKey
{
    public static string Write(ECDsa key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);

        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = JsonWebAlgorithmsKeyTypes.EllipticCurve,
            ["crv"] = JsonWebKeyECTypes.P256,
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X),
            ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
            ["kid"] = keyId,
            ["alg"] = TandemTokenDefaults.Algorithm,
            ["use"] = JsonWebKeyUseNames.Sig,
        };

        return JsonSerializer.Serialize(jwk);
    }

    public static JsonWebKey Read(string json) => new(json);
}
