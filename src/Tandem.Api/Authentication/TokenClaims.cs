using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Tandem.Api.Authentication;

/// <summary>Reads the claims of a validated session token (claim names as the JWT has them, unmapped).</summary>
internal static class TokenClaims
{
    public static bool TryGetUserId(this ClaimsPrincipal principal, out Guid userId) =>
        Guid.TryParseExact(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), "D", out userId);
}
