using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Tandem.Web.DataProtection;

namespace Tandem.Web.Tests.DataProtection;

public sealed class KeyEncryptionKeyLoaderTests
{
    private static readonly HostingEnvironment Production = new() { EnvironmentName = "Production" };

    [Fact]
    public void Refuses_to_start_in_Production_without_a_key_and_says_how_to_make_one()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => KeyEncryptionKeyLoader.Load(new KeyRingEncryptionOptions(), Production, NullLogger.Instance));

        Assert.Contains("DataProtection:KeyEncryptionKey is not set", exception.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!", "is not base64")]
    [InlineData("c2hvcnQ=", "holds 5 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "holds 54 bytes")]
    public void Rejects_a_key_that_is_not_32_bytes_of_base64(string value, string expectedMessage)
    {
        var options = new KeyRingEncryptionOptions { KeyEncryptionKey = value };

        var exception = Assert.Throws<InvalidOperationException>(
            () => KeyEncryptionKeyLoader.Load(options, Production, NullLogger.Instance));

        Assert.Contains(
            "DataProtection:KeyEncryptionKey " + expectedMessage, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_key_from_the_file_a_secret_mount_provides()
    {
        var key = KeyEncryptionKey.Generate();
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, key.ToBase64() + "\n");

            var loaded = KeyEncryptionKeyLoader.Load(
                new KeyRingEncryptionOptions { KeyEncryptionKeyFile = file }, Production, NullLogger.Instance);

            Assert.Equal(key.Fingerprint, loaded.Fingerprint);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Names_a_key_file_that_cannot_be_read()
    {
        var options = new KeyRingEncryptionOptions { KeyEncryptionKeyFile = "/nonexistent/tandem/kek" };

        var exception = Assert.Throws<InvalidOperationException>(
            () => KeyEncryptionKeyLoader.Load(options, Production, NullLogger.Instance));

        Assert.Contains("DataProtection:KeyEncryptionKeyFile names /nonexistent/tandem/kek", exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_both_a_key_and_a_key_file()
    {
        var options = new KeyRingEncryptionOptions
        {
            KeyEncryptionKey = KeyEncryptionKey.Generate().ToBase64(),
            KeyEncryptionKeyFile = "/run/secrets/kek",
        };

        var exception = Assert.Throws<InvalidOperationException>(
            () => KeyEncryptionKeyLoader.Load(options, Production, NullLogger.Instance));

        Assert.Contains("set only one", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creates_a_development_key_file_readable_by_its_owner_only_and_reuses_it()
    {
        var folder = Directory.CreateTempSubdirectory("tandem-kek-").FullName;
        try
        {
            var path = Path.Combine(folder, "nested", "kek");

            var created = DevelopmentKeyFile.LoadOrCreate(path, NullLogger.Instance);
            var reread = DevelopmentKeyFile.LoadOrCreate(path, NullLogger.Instance);

            Assert.Equal(created.Fingerprint, reread.Fingerprint);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
