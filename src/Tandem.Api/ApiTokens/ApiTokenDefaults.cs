namespace Tandem.Api.ApiTokens;

/// <summary>The names the API token scheme is known by, and how often it records a token's use.</summary>
internal static class ApiTokenDefaults
{
    public const string AuthenticationScheme = "ApiToken";

    /// <summary>
    /// The default scheme: it forwards each request to <see cref="AuthenticationScheme"/> or to JwtBearer,
    /// by the shape of its bearer credential.
    /// </summary>
    public const string SelectorScheme = "BearerSelector";

    /// <summary>The token's id, present exactly when the caller used an API token (and so has no sid).</summary>
    public const string TokenIdClaim = "tandem_api_token";

    /// <summary>Endpoints under this policy need a signed-in session; an API token is refused with 403.</summary>
    public const string SessionOnlyPolicy = "session-only";

    /// <summary>
    /// LastUsedAt is written at most this often per token, so a busy script costs one write a minute
    /// rather than one per request.
    /// </summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);
}
