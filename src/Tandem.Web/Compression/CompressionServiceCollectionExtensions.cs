using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Tandem.Web.Compression;

internal static class CompressionServiceCollectionExtensions
{
    public static IServiceCollection AddTandemCompression(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompressionOptions>().Bind(configuration.GetSection(CompressionOptions.SectionName));

        // Not over HTTPS: signed-in pages hold an anti-forgery token beside text a reader can choose, which
        // is what BREACH needs. Where TLS ends at a proxy, that proxy is the place to compress.
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = false;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        return services;
    }

    public static IApplicationBuilder UseTandemCompression(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<CompressionOptions>>().Value.Enabled)
        {
            app.UseResponseCompression();
        }

        return app;
    }
}
