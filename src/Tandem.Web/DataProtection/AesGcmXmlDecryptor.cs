using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Tandem.Web.DataProtection;

/// <summary>
/// Decrypts what <see cref="AesGcmXmlEncryptor"/> stored. Data Protection creates it by the type name saved
/// beside each element, passing the application's services, so renaming this type strands existing keys.
/// </summary>
internal sealed class AesGcmXmlDecryptor : IXmlDecryptor
{
    private readonly KeyEncryptionKey _key;

    public AesGcmXmlDecryptor(IServiceProvider services) =>
        _key = services.GetRequiredService<KeyEncryptionKey>();

    internal AesGcmXmlDecryptor(KeyEncryptionKey key) => _key = key;

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);

        if (encryptedElement.Name != EncryptedKeyElement.Name)
        {
            throw new CryptographicException(
                $"Expected a {EncryptedKeyElement.Name} element, found {encryptedElement.Name}.");
        }

        var fingerprint = (string?)encryptedElement.Attribute(EncryptedKeyElement.FingerprintAttribute);
        if (fingerprint != _key.Fingerprint)
        {
            throw new CryptographicException(
                $"A Data Protection key in the database was encrypted with a different key-encryption key "
                + $"(fingerprint {fingerprint}) than this server's DataProtection:KeyEncryptionKey (fingerprint "
                + $"{_key.Fingerprint}). Every web server sharing a database must use the same "
                + "DataProtection:KeyEncryptionKey.");
        }

        byte[] plaintext;
        try
        {
            plaintext = _key.Open(Convert.FromBase64String(encryptedElement.Value.Trim()),
                EncryptedKeyElement.AssociatedData(fingerprint));
        }
        catch (FormatException exception)
        {
            throw new CryptographicException("An encrypted Data Protection key element is not base64.", exception);
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new CryptographicException(
                "An encrypted Data Protection key element failed its integrity check: it was altered in the "
                + "database, or encrypted with a different DataProtection:KeyEncryptionKey.", exception);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
