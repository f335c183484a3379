using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.Web.Tokens;

/// <summary>
/// The rotation rules, as pure functions of the stored key times and the clock, so that every web
/// instance looking at the same table at the same moment reaches the same answer.
/// </summary>
/// <remarks>
/// A key has no "starts signing" column: its use starts when the key before it stops signing. So the
/// signer is the key still signing whose SignUntil comes first, and a key published ahead waits, unused,
/// until its predecessor's SignUntil passes.
/// </remarks>
internal static class SigningKeySchedule
{
    /// <summary>The key that signs tokens issued at <paramref name="now"/>, or none when no key is signing.</summary>
    public static ScheduledKey? Signer(IEnumerable<ScheduledKey> keys, DateTimeOffset now) =>
        keys.Where(k => k.SignUntil > now)
            .OrderBy(k => k.SignUntil)
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The key to create now; none while the newest key is further than PublishAhead from its end.</summary>
    public static PlannedKey? Next(
        IEnumerable<ScheduledKey> keys, DateTimeOffset now, SigningKeyOptions options, TimeSpan tokenLifetime)
    {
        var last = keys
            .OrderByDescending(k => k.SignUntil)
            .ThenByDescending(k => k.Id, StringComparer.Ordinal)
            .FirstOrDefault();

        if (last is not null && last.SignUntil - options.PublishAhead > now)
        {
            return null;
        }

        // Normally the successor starts exactly when the last key stops. When no key is signing at all (an
        // empty table, or every instance was down past the last SignUntil) the new key signs from now.
        var id = last is null ? RandomId() : SuccessorId(last.Id);
        var signFrom = last is null || last.SignUntil <= now ? now : last.SignUntil;
        var signUntil = signFrom + options.SigningPeriod;

        // A token signed at the last moment must verify for its whole life, plus the clock skew allowed.
        return new PlannedKey(id, signUntil, signUntil + tokenLifetime + options.ClockSkew);
    }

    /// <summary>
    /// The id of the key that follows <paramref name="keyId"/>. Being a function of its predecessor, two
    /// instances that decide at once to create the next key pick the same primary key, and the database lets
    /// only one of them insert it.
    /// </summary>
    public static string SuccessorId(string keyId) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes("tandem-next-signing-key:" + keyId))[..16]);

    private static string RandomId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
}
