using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Tests.Authentication;

/// <summary>
/// Every kind of credential the API must refuse, each as the Authorization header a caller would send
/// (null: none). Each case signs in users of its own, so cases do not disturb one another.
/// </summary>
public static class RejectedTokens
{
    private const string Es256 = TandemTokenDefaults.Algorithm;

    private static readonly Dictionary<string, Func<ApiServer, Task<string?>>> Cases = new()
    {
        ["no Authorization header"] = _ => Task.FromResult<string?>(null),
        ["a Basic credential instead of a bearer token"] = _ => Task.FromResult<string?>("Basic dXNlcjpwYXNz"),
        ["an empty bearer token"] = _ => Task.FromResult<string?>("Bearer "),
        ["a malformed token"] = _ => Bearer("eyJhbGciOiJFUzI1NiJ9.e30"),
        ["garbage"] = _ => Bearer("$$not~a(jwt)at*all!!"),
        ["a tampered payload"] = TamperedPayloadAsync,
        ["a tampered signature"] = TamperedSignatureAsync,
        ["an expired token"] = server => MintAsync(server, t =>
        {
            t.IssuedAt = t.NotBefore = DateTime.UtcNow.AddMinutes(-10);
            t.Expires = DateTime.UtcNow.AddMinutes(-2);
        }),
        ["a token not valid yet"] = server => MintAsync(server, t =>
        {
            t.IssuedAt = t.NotBefore = DateTime.UtcNow.AddMinutes(2);
            t.Expires = DateTime.UtcNow.AddMinutes(7);
        }),
        ["a token for another audience"] = server => MintAsync(server, t => t.Audience = "another-api"),
        ["a token from another issuer"] = server => MintAsync(server, t => t.Issuer = "https://other.example.test"),
        ["an unsigned token (alg none)"] = async server =>
            Compose(await server.SignInAsync(), Header("none", server.SigningKey.Id), sign: null),
        ["HS256 signed with the public key as the secret"] = async server => Compose(
            await server.SignInAsync(),
            Header("HS256", server.SigningKey.Id),
            TestTokens.Hs256(Encoding.UTF8.GetBytes(server.SigningKey.Ecdsa.ExportSubjectPublicKeyInfoPem()))),
        ["HS256 signed with the published JWK as the secret"] = async server => Compose(
            await server.SignInAsync(),
            Header("HS256", server.SigningKey.Id),
            TestTokens.Hs256(Encoding.UTF8.GetBytes(
                PublicJsonWebKey.Write(server.SigningKey.Ecdsa, server.SigningKey.Id)))),
        ["a key the database does not have"] = async server =>
        {
            using var unknown = new TestSigningKey();
            return await MintAsync(server, t => t.SigningCredentials = unknown.Credentials);
        },
        ["a kid that is a path (../../etc/passwd)"] = server => MintWithKeyIdAsync(server, "../../etc/passwd"),
        ["a kid that is a URL"] = server => MintWithKeyIdAsync(server, "https://keys.example.test/jwks.json"),
        ["a kid that is SQL (' OR 1=1 --)"] = server => MintWithKeyIdAsync(server, "' OR 1=1 --"),
        ["a jku header naming the signer's own key set"] = server => SignedByAnotherKeyAsync(server, "jku"),
        ["a jwk header carrying the signer's own key"] = server => SignedByAnotherKeyAsync(server, "jwk"),
        ["an x5u header naming the signer's own certificate"] = server => SignedByAnotherKeyAsync(server, "x5u"),
        ["no typ header"] = async server =>
        {
            var header = Header(Es256, server.SigningKey.Id);
            header.Remove(JwtHeaderParameterNames.Typ);
            return Compose(await server.SignInAsync(), header, TestTokens.Es256(server.SigningKey.Ecdsa));
        },
        ["typ JWT, as an ID token has"] = server => MintAsync(server, t => t.TokenType = "JWT"),
        ["a retired key"] = RetiredKeyAsync,
        ["a revoked session"] = async server =>
            Mint(await server.SignInAsync(s => s.RevokedAt = DateTimeOffset.UtcNow.AddMinutes(-1)), server),
        ["an expired session"] = async server =>
            Mint(await server.SignInAsync(s => s.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1)), server),
        ["a session idle longer than Sessions:IdleTimeout"] = async server => Mint(
            await server.SignInAsync(s => s.LastSeenAt = DateTimeOffset.UtcNow.AddDays(-14).AddMinutes(-1)), server),
        ["a session that does not exist"] = server => MintAsync(server, t =>
            t.Claims[TandemTokenDefaults.SessionIdClaim] = Base64UrlEncoder.Encode(Guid.NewGuid().ToByteArray())),
        ["another user's session"] = AnotherUsersSessionAsync,
        ["a deleted user"] = DeletedUserAsync,
        ["a subject that is not a user id"] = server =>
            MintAsync(server, t => t.Claims[JwtRegisteredClaimNames.Sub] = "admin"),
        ["no session id"] = server => MintAsync(server, t => t.Claims.Remove(TandemTokenDefaults.SessionIdClaim)),
        ["a truncated token"] = async server => (await MintAsync(server))![..^12],
        ["a well-signed 20 KB token"] = server =>
            MintAsync(server, t => t.Claims["padding"] = new string('a', 20_000)),
    };

    public static TheoryData<DatabaseProvider, string> Rows
    {
        get
        {
            var rows = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in TestDatabase.Available())
            {
                foreach (var name in Cases.Keys)
                {
                    rows.Add(provider, name);
                }
            }

            return rows;
        }
    }

    public static Task<string?> AuthorizationAsync(string name, ApiServer server) => Cases[name](server);

    private static Task<string?> Bearer(string token) => Task.FromResult<string?>($"Bearer {token}");

    private static string Mint(TestSession session, ApiServer server) =>
        $"Bearer {TestTokens.Mint(session, server.SigningKey)}";

    private static async Task<string?> MintAsync(
        ApiServer server, Action<SecurityTokenDescriptor>? adjust = null) =>
        $"Bearer {TestTokens.Mint(await server.SignInAsync(), server.SigningKey, adjust)}";

    /// <summary>Signed by the genuine key, but naming it by something other than its id.</summary>
    private static Task<string?> MintWithKeyIdAsync(ApiServer server, string keyId) => MintAsync(server, t =>
        t.SigningCredentials = new SigningCredentials(
            new ECDsaSecurityKey(server.SigningKey.Ecdsa) { KeyId = keyId }, Es256));

    private static async Task<string?> TamperedPayloadAsync(ApiServer server)
    {
        var victim = (await MintAsync(server))!.Split('.');
        var attacker = (await MintAsync(server))!.Split('.');
        return $"{victim[0]}.{attacker[1]}.{victim[2]}";
    }

    private static async Task<string?> TamperedSignatureAsync(ApiServer server)
    {
        var parts = (await MintAsync(server))!.Split('.');
        var signature = parts[2].ToCharArray();

        // A middle character, because the last one partly encodes padding bits that decoding ignores.
        signature[20] = signature[20] == 'A' ? 'B' : 'A';
        return $"{parts[0]}.{parts[1]}.{new string(signature)}";
    }

    /// <summary>An attacker's key signs the token, names the genuine kid, and says where to find itself.</summary>
    private static async Task<string?> SignedByAnotherKeyAsync(ApiServer server, string header)
    {
        using var attacker = new TestSigningKey();
        var values = Header(Es256, server.SigningKey.Id);
        values[header] = header switch
        {
            // Loopback and a closed port: were the API ever to fetch it, the test would still touch nothing.
            "jku" => "http://127.0.0.1:9/jwks.json",
            "x5u" => "http://127.0.0.1:9/cert.pem",
            _ => JsonDocument.Parse(PublicJsonWebKey.Write(attacker.Ecdsa, server.SigningKey.Id)).RootElement,
        };

        return Compose(await server.SignInAsync(), values, TestTokens.Es256(attacker.Ecdsa));
    }

    private static async Task<string?> RetiredKeyAsync(ApiServer server)
    {
        using var retired = new TestSigningKey();
        await server.AddSigningKeyAsync(retired, DateTimeOffset.UtcNow.AddMinutes(-1));
        return $"Bearer {TestTokens.Mint(await server.SignInAsync(), retired)}";
    }

    private static async Task<string?> AnotherUsersSessionAsync(ApiServer server)
    {
        var other = await server.SignInAsync();
        return await MintAsync(server, t => t.Claims[TandemTokenDefaults.SessionIdClaim] = other.SessionId);
    }

    private static async Task<string?> DeletedUserAsync(ApiServer server)
    {
        var session = await server.SignInAsync();
        await server.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.UserId).ExecuteDeleteAsync());
        return Mint(session, server);
    }

    private static Dictionary<string, object> Header(string algorithm, string keyId) => new()
    {
        [JwtHeaderParameterNames.Alg] = algorithm,
        [JwtHeaderParameterNames.Typ] = TandemTokenDefaults.TokenType,
        [JwtHeaderParameterNames.Kid] = keyId,
    };

    private static string Compose(
        TestSession session, Dictionary<string, object> header, Func<byte[], byte[]>? sign) =>
        $"Bearer {TestTokens.Compose(header, TestTokens.PayloadFor(session), sign)}";
}
