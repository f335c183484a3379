using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.BrowserTests.PageWeight;

/// <summary>
/// A page with a known script, served compressed over real HTTP on loopback, so the meter can be shown
/// to count what crossed the wire rather than what the browser unpacked.
/// </summary>
internal sealed class ScriptProbeServer(WebApplication app, Uri address) : IAsyncDisposable
{
    public const string InlineScript = "var inline = 1;";

    public Uri PageAddress { get; } = new(address, "/probe");

    public static async Task<ScriptProbeServer> StartAsync(string script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddResponseCompression();

        var app = builder.Build();
        app.UseResponseCompression();
        app.MapGet("/probe", () => Results.Content(
            "<!DOCTYPE html><title>probe</title><script src=\"/probe.js\"></script>" +
            $"<script>{InlineScript}</script><script type=\"application/ld+json\">{{\"a\": 1}}</script>",
            "text/html"));
        app.MapGet("/probe.js", () => Results.Content(script, "application/javascript"));
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.Single();
        return new ScriptProbeServer(app, new Uri(address));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
