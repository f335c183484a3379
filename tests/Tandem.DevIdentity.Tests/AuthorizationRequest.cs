using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.DevIdentity.Tests;

/// <summary>A code request with PKCE as Tandem.Web sends it, with fresh state, nonce, verifier.</summary>
public sealed record AuthorizationRequest
{
    public const string WebClientId = "tandem-web";

    public const string WebClientSecret = "dev-secret-not-for-production";

    public const string WebRedirectUri = "http://localhost:5080/signin/callback/dev";

    public string ClientId { get; init; } = WebClientId;

    public string RedirectUri { get; init; } = WebRedirectUri;

    public string Scope { get; init; } = "openid profile email";

    public string State { get; } = Random();

    public string Nonce { get; } = Random();

    public string CodeVerifier { get; } = Random();

    public string CodeChallenge =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    /// <summary>The authorize URI; each pair given sets a parameter, or removes it when null.</summary>
    public string ToUri(params (string Name, string? Value)[] changes)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = Scope,
            ["state"] = State,
            ["nonce"] = Nonce,
            ["code_challenge"] = CodeChallenge,
            ["code_challenge_method"] = "S256",
        };

        foreach (var (name, value) in changes)
        {
            parameters[name] = value;
        }

        return "connect/authorize?" + string.Join('&', parameters
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => $"{parameter.Key}={Uri.EscapeDataString(parameter.Value!)}"));
    }

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
