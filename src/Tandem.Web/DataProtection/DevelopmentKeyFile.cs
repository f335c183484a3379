namespace Tandem.Web.DataProtection;

/// <summary>
/// In Development, a key-encryption key kept in a file beside the default SQLite database, made on first
/// use, so that <c>dotnet run</c> needs no setup and the key ring survives restarts.
/// </summary>
internal static class DevelopmentKeyFile
{
    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "Tandem",
        "data-protection-key-encryption-key");

    public static KeyEncryptionKey LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            logger.DevelopmentKeyEncryptionKeyRead(path);
            return KeyEncryptionKey.Parse(File.ReadAllText(path), $"The development key file {path}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = KeyEncryptionKey.Generate();

        // Written whole to a private temporary file, then moved into place without overwriting: a second
        // server starting at the same moment either wins the move or reads the complete file of the first.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.WriteLine(key.ToBase64());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return KeyEncryptionKey.Parse(File.ReadAllText(path), $"The development key file {path}");
        }

        logger.DevelopmentKeyEncryptionKeyCreated(path);
        return key;
    }
}
