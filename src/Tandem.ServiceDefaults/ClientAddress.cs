using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Tandem.ServiceDefaults;

/// <summary>The client a request counts against when it is limited per address.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's remote address (rewritten only by a trusted proxy's X-Forwarded-For). An IPv6
    /// client gets its /64 network, not its address: one host is usually handed a whole /64 and could
    /// otherwise start over with a fresh address on every request.
    /// </summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    public static bool IsOneOf(HttpContext context, IReadOnlyCollection<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(addresses);

        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return addresses.Contains(address);
    }
}
