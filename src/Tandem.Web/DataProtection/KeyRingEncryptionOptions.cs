namespace Tandem.Web.DataProtection;

/// <summary>
/// The key-encryption key that encrypts the Data Protection key ring before it is stored in the shared
/// database. Bound from the <c>DataProtection</c> section. Every web instance sharing a database must have
/// the same key, or it cannot read the cookies and signing keys the others protected.
/// </summary>
public sealed class KeyRingEncryptionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Base64 of 32 random bytes, e.g. the output of <c>openssl rand -base64 32</c>.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>A file holding the same base64 text, for keys mounted as secrets (set one of the two).</summary>
    public string? KeyEncryptionKeyFile { get; set; }
}
