using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tandem.Testing;

/// <summary>
/// Runs one Tandem server in this process on real Kestrel, on a loopback port, with the settings a
/// deployment would give it. Nothing in its request pipeline is replaced.
/// </summary>
public sealed class ServerFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;
    private readonly CapturedLogs? _logs;

    public ServerFactory(
        int port,
        IReadOnlyDictionary<string, string?> settings,
        string environment = "Development",
        Action<IServiceCollection>? services = null,
        CapturedLogs? logs = null)
    {
        _logs = logs;
        _settings = settings;
        _environment = environment;
        _services = services;
        Port = port;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_logs is not null)
        {
            // Libraries log at the levels the server's own configuration sets, as in a deployment; Tandem's
            // code is captured down to Debug, so nothing it writes at any level escapes the check.
            builder.ConfigureLogging(logging => logging
                .AddProvider(_logs)
                .AddFilter<CapturedLogs>("Tandem", LogLevel.Debug));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
