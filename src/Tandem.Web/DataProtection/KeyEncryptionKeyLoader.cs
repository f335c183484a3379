namespace Tandem.Web.DataProtection;

/// <summary>
/// Finds the key-encryption key in configuration or in a mounted file; in Development only, makes one.
/// </summary>
internal static class KeyEncryptionKeyLoader
{
    private const string ValueSetting = KeyRingEncryptionOptions.SectionName + ":"
        + nameof(KeyRingEncryptionOptions.KeyEncryptionKey);

    private const string FileSetting = KeyRingEncryptionOptions.SectionName + ":"
        + nameof(KeyRingEncryptionOptions.KeyEncryptionKeyFile);

    public static KeyEncryptionKey Load(KeyRingEncryptionOptions options, IHostEnvironment environment, ILogger logger)
    {
        var hasValue = !string.IsNullOrWhiteSpace(options.KeyEncryptionKey);
        var hasFile = !string.IsNullOrWhiteSpace(options.KeyEncryptionKeyFile);

        if (hasValue && hasFile)
        {
            throw new InvalidOperationException($"Both {ValueSetting} and {FileSetting} are set; set only one.");
        }

        if (hasValue)
        {
            return KeyEncryptionKey.Parse(options.KeyEncryptionKey!, ValueSetting);
        }

        if (hasFile)
        {
            return FromFile(options.KeyEncryptionKeyFile!);
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{ValueSetting} is not set. Outside Development the web server encrypts the Data Protection key "
                + $"ring in the database with it and does not start without one. {KeyEncryptionKey.HowToCreate} "
                + "Every web server sharing the database must be given the same key.");
        }

        return DevelopmentKeyFile.LoadOrCreate(DevelopmentKeyFile.DefaultPath, logger);
    }

    private static KeyEncryptionKey FromFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{FileSetting} names {path}, which cannot be read: {exception.Message}", exception);
        }

        return KeyEncryptionKey.Parse(text, $"The file {path} named by {FileSetting}");
    }
}
