using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tandem.ServiceDefaults.Proxies;

/// <summary>
/// Honours X-Forwarded-For and X-Forwarded-Proto only on connections from the proxies listed under
/// <c>ForwardedHeaders:KnownProxies</c>. Rate limits are kept per client address, so a header any client
/// can write must never choose that address unless a proxy the operator named wrote it.
/// </summary>
public static class TrustedProxiesExtensions
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var proxies = ReadProxies(configuration.GetSection(SectionName + ":KnownProxies"));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The defaults trust every loopback address, which would let anything on the same host (or a
            // local proxy passing the header through unchanged) pick the client address.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });

        return services;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // With no known proxy and no known network the middleware trusts every sender, so it is only
        // added once a proxy is configured.
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<IPAddress> ReadProxies(IConfigurationSection section)
    {
        var proxies = new List<IPAddress>();
        foreach (var entry in section.GetChildren())
        {
            if (!IPAddress.TryParse(entry.Value, out var address))
            {
                throw new InvalidOperationException(
                    $"{entry.Path} is '{entry.Value}', which is not an IP address. List each reverse proxy " +
                    "in front of this server by its address as this server sees it, e.g. 10.0.0.2 or ::1.");
            }

            proxies.Add(address);
        }

        return proxies;
    }
}
