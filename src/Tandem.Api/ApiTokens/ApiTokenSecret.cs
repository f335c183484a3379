using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Tandem.Data.ApiTokens;

namespace Tandem.Api.ApiTokens;

/// <summary>
/// The secret of an API token: <c>tdm_</c> and 32 random bytes in base64url (43 characters), and the
/// SHA-256 hash that is all the database keeps of it.
/// </summary>
/// <remarks>
/// Note: a plain, unsalted SHA-256 is enough here because the secret is 256 random bits, not a password:
/// there is no dictionary to try, so a slow or salted hash would add cost to every request and no safety.
/// </remarks>
internal static class ApiTokenSecret
{
    public const int RandomBytes = 32;

    /// <summary>The base64url length of <see cref="RandomBytes"/> without padding.</summary>
    public const int EncodedLength = 43;

    public static readonly int Length = ApiTokenLimits.SecretPrefix.Length + EncodedLength;

    /// <summary>How many characters of the secret the owner sees in the list: the prefix and eight more.</summary>
    public static readonly int VisiblePrefixLength = ApiTokenLimits.SecretPrefix.Length + 8;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string Generate() =>
        ApiTokenLimits.SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether <paramref name="secret"/> has the shape of one this server made; no lookup needed.</summary>
    public static bool IsWellFormed(string secret) =>
        secret.Length == Length
        && secret.StartsWith(ApiTokenLimits.SecretPrefix, StringComparison.Ordinal)
        && !secret.AsSpan(ApiTokenLimits.SecretPrefix.Length).ContainsAnyExcept(Base64UrlAlphabet);

    /// <summary>SHA-256 of the whole secret, as lowercase hex: the form ApiToken.SecretHash stores.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    public static string VisiblePrefix(string secret) => secret[..VisiblePrefixLength];

    /// <summary>
    /// Compares two hashes in time independent of where they differ. The database found the row by an
    /// equality it may compute however it likes (a collation, an index walk); this is the check that counts.
    /// </summary>
    public static bool HashesEqual(string stored, string computed) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(computed));
}
