using System.Security.Cryptography;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.ApiTokens;

/// <summary>
/// Bearer credentials that look like API tokens and must be refused with 401, each made from a real, live
/// token <c>secret</c> of the test's own user, so that only the change the row names makes them wrong.
/// </summary>
public static class RejectedApiTokens
{
    private static readonly Dictionary<string, Func<string, string>> Cases = new()
    {
        ["only the prefix"] = _ => "tdm_",
        ["one character short"] = secret => secret[..^1],
        ["one character too many"] = secret => secret + "A",
        ["one character changed"] = secret => secret[..^2] + (secret[^2] == 'A' ? 'B' : 'A') + secret[^1],
        ["the secret in upper case"] = secret => "tdm_" + secret[4..].ToUpperInvariant(),
        ["standard base64 characters"] = secret => secret[..^2] + "+/",
        ["base64 padding"] = secret => secret[..^1] + "=",
        ["a space inside"] = secret => secret[..20] + " " + secret[21..],
        ["the prefix twice"] = secret => "tdm_" + secret,
        ["the stored hash instead"] = secret =>
            "tdm_" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(secret))),
        ["a well-formed secret nobody issued"] = _ =>
            "tdm_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=')
                .Replace('+', '-').Replace('/', '_'),
        ["a kilobyte of token"] = _ => "tdm_" + new string('a', 1024),
    };

    public static TheoryData<DatabaseProvider, string> Rows
    {
        get
        {
            var rows = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in Infrastructure.TestDatabase.Available())
            {
                foreach (var name in Cases.Keys)
                {
                    rows.Add(provider, name);
                }
            }

            return rows;
        }
    }

    public static string Garble(string name, string secret) => Cases[name](secret);
}
