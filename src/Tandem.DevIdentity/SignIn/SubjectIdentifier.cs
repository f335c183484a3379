using System.Security.Cryptography;
using System.Text;

namespace Tandem.DevIdentity.SignIn;

/// <summary>
/// Derives the subject from the e-mail address, so signing in again as the same person reaches the same
/// Tandem account without anyone having to remember a made-up identifier.
/// </summary>
internal static class SubjectIdentifier
{
    public const string Prefix = "dev-";

    private const int HexLength = 20;

    public static string FromEmail(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant()));

        return Prefix + Convert.ToHexStringLower(hash)[..HexLength];
    }
}
