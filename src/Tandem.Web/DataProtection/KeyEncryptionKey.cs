using System.Security.Cryptography;

namespace Tandem.Web.DataProtection;

/// <summary>
/// A 256-bit AES-GCM key that seals Data Protection key elements. Its fingerprint names it in the stored
/// XML, so that a server holding a different key can say so instead of reporting a corrupt element.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public const int SizeInBytes = 32;

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    private KeyEncryptionKey(byte[] key)
    {
        _key = key;

        // A truncated hash identifies the key without revealing anything usable about it.
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));
    }

    public string Fingerprint { get; }

    /// <summary>Reads base64 text; an error names <paramref name="source"/> and how to make a valid key.</summary>
    public static KeyEncryptionKey Parse(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException(
                $"{source} is not base64. {HowToCreate}", exception);
        }

        if (key.Length != SizeInBytes)
        {
            throw new InvalidOperationException(
                $"{source} holds {key.Length} bytes; it must hold exactly {SizeInBytes}. {HowToCreate}");
        }

        return new KeyEncryptionKey(key);
    }

    public static KeyEncryptionKey Generate() => new(RandomNumberGenerator.GetBytes(SizeInBytes));

    public static string HowToCreate =>
        "Create one with `openssl rand -base64 32` and set it as DataProtection:KeyEncryptionKey "
        + "(environment variable DataProtection__KeyEncryptionKey), or write it to a file and set "
        + "DataProtection:KeyEncryptionKeyFile to that file's path.";

    public string ToBase64() => Convert.ToBase64String(_key);

    /// <summary>nonce | tag | ciphertext, with <paramref name="associatedData"/> bound to it.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize),
            associatedData);

        return sealedBytes;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the bytes were altered.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> associatedData)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted Data Protection key element is truncated.");
        }

        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes[..NonceSize], sealedBytes[(NonceSize + TagSize)..],
            sealedBytes.Slice(NonceSize, TagSize), plaintext, associatedData);

        return plaintext;
    }
}
