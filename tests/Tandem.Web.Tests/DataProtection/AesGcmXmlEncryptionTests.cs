using System.Security.Cryptography;
using System.Xml.Linq;
using Tandem.Web.DataProtection;

namespace Tandem.Web.Tests.DataProtection;

public sealed class AesGcmXmlEncryptionTests
{
    private static readonly XElement Secret = XElement.Parse(
        "<descriptor><masterKey requiresEncryption=\"true\">"
        + "<value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey></descriptor>");

    [Fact]
    public void Round_trips_a_key_element_without_leaving_any_of_it_readable()
    {
        var key = KeyEncryptionKey.Generate();

        var encrypted = new AesGcmXmlEncryptor(key).Encrypt(Secret);
        var stored = encrypted.EncryptedElement.ToString();

        Assert.DoesNotContain("masterKey", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA", stored, StringComparison.Ordinal);
        Assert.Equal(typeof(AesGcmXmlDecryptor), encrypted.DecryptorType);
        Assert.True(XNode.DeepEquals(Secret, new AesGcmXmlDecryptor(key).Decrypt(encrypted.EncryptedElement)));
    }

    [Fact]
    public void Refuses_to_decrypt_with_another_key_encryption_key_and_names_the_setting()
    {
        var encrypted = new AesGcmXmlEncryptor(KeyEncryptionKey.Generate()).Encrypt(Secret).EncryptedElement;

        var exception = Assert.Throws<CryptographicException>(
            () => new AesGcmXmlDecryptor(KeyEncryptionKey.Generate()).Decrypt(encrypted));

        Assert.Contains("different key-encryption key", exception.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:KeyEncryptionKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_element_altered_in_the_database()
    {
        var key = KeyEncryptionKey.Generate();
        var encrypted = new AesGcmXmlEncryptor(key).Encrypt(Secret).EncryptedElement;
        var bytes = Convert.FromBase64String(encrypted.Value.Trim());
        bytes[^1] ^= 1;
        encrypted.SetValue(Convert.ToBase64String(bytes));

        var exception = Assert.Throws<CryptographicException>(() => new AesGcmXmlDecryptor(key).Decrypt(encrypted));

        Assert.Contains("integrity check", exception.Message, StringComparison.Ordinal);
    }
}
