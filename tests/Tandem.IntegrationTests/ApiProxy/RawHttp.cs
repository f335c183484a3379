using System.Net.Sockets;
using System.Text;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>
/// Sends a request exactly as written, byte for byte. HttpClient and System.Uri tidy up dot segments,
/// escapes and absolute targets before sending, which is the very input these tests need to send.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();

        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return RawResponse.Parse(await reader.ReadToEndAsync(timeout.Token));
    }
}
