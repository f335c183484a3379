using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Tandem.Web.DataProtection;

internal static class KeyRingEncryptionServiceCollectionExtensions
{
    /// <summary>
    /// Encrypts every Data Protection key before it reaches the database, so a copy of the database (a
    /// backup, a replica) yields neither the session cookies' keys nor, through them, the JWT signing keys.
    /// </summary>
    public static IServiceCollection AddKeyRingEncryption(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<KeyRingEncryptionOptions>()
            .Bind(configuration.GetSection(KeyRingEncryptionOptions.SectionName));

        services.AddSingleton(provider => KeyEncryptionKeyLoader.Load(
            provider.GetRequiredService<IOptions<KeyRingEncryptionOptions>>().Value,
            environment,
            provider.GetRequiredService<ILogger<KeyEncryptionKey>>()));

        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new AesGcmXmlEncryptor(key));

        return services;
    }
}
