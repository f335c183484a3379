using System.Net;
using System.Net.Sockets;

namespace Tandem.Testing;

public static class FreePort
{
    /// <summary>
    /// A loopback port nobody listens on right now. The servers must know each other's addresses before
    /// any of them starts (redirect URIs, issuer, API base URL), so ports are chosen up front.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
