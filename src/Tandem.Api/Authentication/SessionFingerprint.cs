using System.Security.Cryptography;
using System.Text;

namespace Tandem.Api.Authentication;

/// <summary>
/// A short, stable stand-in for a session id in logs. Whoever can read the Sessions table can find the
/// session it names; whoever can read only the logs cannot turn it back into the id.
/// </summary>
internal static class SessionFingerprint
{
    public static string Of(string sessionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)))[..12];
}
