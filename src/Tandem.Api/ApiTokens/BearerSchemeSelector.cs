using Microsoft.AspNetCore.Authentication.JwtBearer;
using Tandem.Data.ApiTokens;

namespace Tandem.Api.ApiTokens;

/// <summary>
/// Sends a bearer credential that starts with <c>tdm_</c> to the API token handler and everything else,
/// including requests with no credential, to JwtBearer, which has always answered those.
/// </summary>
internal static class BearerSchemeSelector
{
    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context) =>
        ReadApiToken(context.Request.Headers.Authorization.ToString()) is not null
            ? ApiTokenDefaults.AuthenticationScheme
            : JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// The credential of an <c>Authorization: Bearer tdm_…</c> header, trimmed, or null for any other header.
    /// The auth-scheme name is case-insensitive (RFC 9110 section 11.1); the secret is not.
    /// </summary>
    public static string? ReadApiToken(string authorization)
    {
        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var credential = authorization[BearerPrefix.Length..].Trim();
        return credential.StartsWith(ApiTokenLimits.SecretPrefix, StringComparison.Ordinal) ? credential : null;
    }
}
