namespace Tandem.Web.DataProtection;

internal static partial class KeyRingEncryptionLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "Development only: created a key-encryption key for the Data Protection key ring in {Path} "
            + "(readable by this user only). Production needs DataProtection:KeyEncryptionKey.")]
    public static partial void DevelopmentKeyEncryptionKeyCreated(this ILogger logger, string path);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information,
        Message = "Development only: using the key-encryption key in {Path}")]
    public static partial void DevelopmentKeyEncryptionKeyRead(this ILogger logger, string path);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning,
        Message = "{Count} Data Protection keys in the database predate key-ring encryption and are stored "
            + "unencrypted; new keys are encrypted, and these stop being used when they expire")]
    public static partial void UnencryptedKeysFound(this ILogger logger, int count);
}
