using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>Mints session JWTs as the web server does, and hand-made ones that no library would produce.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token exactly like the web server's for <paramref name="session"/>, then adjusted.</summary>
    public static string Mint(
        TestSession session, TestSigningKey key, Action<SecurityTokenDescriptor>? adjust = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ApiServer.Issuer,
            Audience = ApiServer.Audience,
            TokenType = TandemTokenDefaults.TokenType,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = key.Credentials,
            Claims = ClaimsFor(session.UserId, session.SessionId),
        };

        adjust?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    public static Dictionary<string, object> ClaimsFor(Guid userId, string sessionId) => new()
    {
        [JwtRegisteredClaimNames.Sub] = userId.ToString(),
        [TandemTokenDefaults.SessionIdClaim] = sessionId,
        [JwtRegisteredClaimNames.Jti] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
    };

    /// <summary>The registered claims of a live token, for hand-made tokens.</summary>
    public static Dictionary<string, object> PayloadFor(TestSession session)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = ClaimsFor(session.UserId, session.SessionId);
        payload[JwtRegisteredClaimNames.Iss] = ApiServer.Issuer;
        payload[JwtRegisteredClaimNames.Aud] = ApiServer.Audience;
        payload[JwtRegisteredClaimNames.Iat] = now;
        payload[JwtRegisteredClaimNames.Nbf] = now;
        payload[JwtRegisteredClaimNames.Exp] = now + 300;
        return payload;
    }

    /// <summary>A compact JWS with any header, signed by <paramref name="sign"/> (null: unsigned).</summary>
    public static string Compose(
        IReadOnlyDictionary<string, object> header,
        IReadOnlyDictionary<string, object> payload,
        Func<byte[], byte[]>? sign)
    {
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var signature = sign is null ? "" : Base64UrlEncoder.Encode(sign(Encoding.ASCII.GetBytes(signingInput)));
        return $"{signingInput}.{signature}";
    }

    /// <summary>ES256 as RFC 7518 section 3.4 defines it: the fixed-width r || s form.</summary>
    public static Func<byte[], byte[]> Es256(ECDsa key) =>
        input => key.SignData(
            input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public static Func<byte[], byte[]> Hs256(byte[] secret) => input => HMACSHA256.HashData(secret, input);

    private static string Encode(IReadOnlyDictionary<string, object> part) =>
        Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(part));
}
