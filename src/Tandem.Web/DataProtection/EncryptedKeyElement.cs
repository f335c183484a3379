using System.Text;
using System.Xml.Linq;

namespace Tandem.Web.DataProtection;

/// <summary>
/// The stored form of one encrypted key-ring element: an <c>encryptedKey</c> element in the namespace below,
/// whose <c>kek</c> attribute is the key-encryption key's fingerprint and whose text is base64 of
/// nonce, tag and ciphertext.
/// </summary>
internal static class EncryptedKeyElement
{
    public static readonly XNamespace Namespace = "urn:tandem:data-protection:aes-256-gcm";

    public static readonly XName Name = Namespace + "encryptedKey";

    public const string FingerprintAttribute = "kek";

    /// <summary>
    /// Bound into every seal, so that ciphertext made for another purpose, or under another format
    /// version, cannot be passed off as a key element.
    /// </summary>
    public static byte[] AssociatedData(string fingerprint) =>
        Encoding.UTF8.GetBytes("Tandem Data Protection key element v1;" + fingerprint);
}
