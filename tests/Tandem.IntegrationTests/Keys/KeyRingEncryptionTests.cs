using Microsoft.EntityFrameworkCore;
using Tandem.Web.DataProtection;

namespace Tandem.IntegrationTests.Keys;

public sealed class KeyRingEncryptionTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task The_key_ring_in_the_database_holds_no_readable_master_key()
    {
        await using var scope = stack.DatabaseScope(out var db);
        var stored = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();

        // The web server protected its signing key at start-up, so the ring has at least one key.
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.NotNull(xml);
            Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal);
            Assert.Contains(EncryptedKeyElement.Namespace.NamespaceName, xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_web_server_with_another_key_encryption_key_refuses_to_start_on_the_same_database()
    {
        var failure = await StartWebAsync("Development", KeyEncryptionKey.Generate().ToBase64());

        Assert.Contains("cannot read the Data Protection key ring", failure, StringComparison.Ordinal);
        Assert.Contains("different key-encryption key", failure, StringComparison.Ordinal);
        Assert.Contains("DataProtection:KeyEncryptionKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_web_server_without_a_key_encryption_key_refuses_to_start_and_says_how_to_make_one()
    {
        var failure = await StartWebAsync("Production", keyEncryptionKey: null);

        Assert.Contains("DataProtection:KeyEncryptionKey is not set", failure, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", failure, StringComparison.Ordinal);
    }

    /// <summary>Starts a second web server on the shared database; returns why it failed to start.</summary>
    private async Task<string> StartWebAsync(string environment, string? keyEncryptionKey)
    {
        var settings = new Dictionary<string, string?>(stack.Database.Settings)
        {
            ["Jwt:Issuer"] = stack.Web.BaseAddress.GetLeftPart(UriPartial.Authority),
            ["Api:BaseUrl"] = stack.Api.BaseAddress.ToString(),
            ["DataProtection:KeyEncryptionKey"] = keyEncryptionKey,
        };

        await using var web = new ServerFactory<Tandem.Web.Program>(FreePort.Next(), settings, environment);
        var exception = Record.Exception(web.StartServer);

        Assert.NotNull(exception);
        return exception.ToString();
    }
}
