using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Tandem.DevIdentity.Tests;

/// <summary>The provider on a Kestrel port on 127.0.0.1, in the given environment and settings.</summary>
public sealed class DevIdentityServer : WebApplicationFactory<Program>
{
    private readonly string _environment;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public DevIdentityServer()
        : this(Environments.Development, new Dictionary<string, string?>())
    {
    }

    // Internal: xunit needs a class fixture to have exactly one public constructor.
    internal DevIdentityServer(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        _environment = environment;
        _settings = settings;

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, ending in a slash; OpenIddict derives the issuer from it.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();

            var server = Services.GetRequiredService<IServer>();
            var address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    public TestBrowser CreateBrowser() => new(BaseAddress);

    public TestClientApplication CreateClientApplication() => new(BaseAddress);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
