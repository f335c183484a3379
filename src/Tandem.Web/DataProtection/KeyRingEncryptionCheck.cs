using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Web.DataProtection;

internal static class KeyRingEncryptionCheck
{
    /// <summary>
    /// Refuses to start when this server's key-encryption key cannot open the key ring already stored. Left
    /// to Data Protection, such a server would skip the keys it cannot read and add a key of its own that
    /// the other servers cannot read either, signing out every browser whose cookie meets the wrong server.
    /// </summary>
    public static async Task VerifyKeyRingEncryptionAsync(this IServiceProvider services)
    {
        var key = services.GetRequiredService<KeyEncryptionKey>();
        var logger = services.GetRequiredService<ILogger<KeyEncryptionKey>>();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var stored = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();

        var decryptor = new AesGcmXmlDecryptor(key);
        var unencrypted = 0;
        foreach (var xml in stored.OfType<string>())
        {
            var element = XElement.Parse(xml);
            var encrypted = element.Descendants(EncryptedKeyElement.Name).ToList();
            // Keys stored before encryption are left as they are: Data Protection has no way to re-encrypt a
            // stored key, and deleting one would sign everyone out. They stop being used when they expire.
            if (encrypted.Count == 0 && element.Descendants().Any(e => e.Name.LocalName == "masterKey"))
            {
                unencrypted++;
            }

            foreach (var part in encrypted)
            {
                try
                {
                    decryptor.Decrypt(part);
                }
                catch (CryptographicException exception)
                {
                    throw new InvalidOperationException(
                        "The web server cannot read the Data Protection key ring stored in the database. "
                        + exception.Message, exception);
                }
            }
        }

        if (unencrypted > 0)
        {
            logger.UnencryptedKeysFound(unencrypted);
        }
    }
}
