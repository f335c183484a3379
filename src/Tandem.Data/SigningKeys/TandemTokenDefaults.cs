using Microsoft.IdentityModel.Tokens;

namespace Tandem.Data.SigningKeys;

/// <summary>What the web server writes into every session JWT and the API insists on finding there.</summary>
public static class TandemTokenDefaults
{
    /// <summary>ECDSA P-256 with SHA-256 is the only algorithm minted or accepted.</summary>
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    /// <summary>
    /// The explicit JWT type for OAuth access tokens (RFC 9068 section 2.1). Requiring it means no other
    /// JWT, such as an ID token from a sign-in provider, can pass as a Tandem access token.
    /// </summary>
    public const string TokenType = "at+jwt";

    /// <summary>The claim carrying the session id, as in OpenID Connect front-channel logout.</summary>
    public const string SessionIdClaim = "sid";
}
