using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Tandem.Web.DataProtection;

/// <summary>Encrypts each new Data Protection key element with the key-encryption key before it is stored.</summary>
internal sealed class AesGcmXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);

        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = key.Seal(plaintext, EncryptedKeyElement.AssociatedData(key.Fingerprint));

        var element = new XElement(EncryptedKeyElement.Name,
            new XAttribute(EncryptedKeyElement.FingerprintAttribute, key.Fingerprint),
            new XComment(" AES-256-GCM under DataProtection:KeyEncryptionKey; nonce, tag, ciphertext "),
            Convert.ToBase64String(sealedBytes));

        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}
