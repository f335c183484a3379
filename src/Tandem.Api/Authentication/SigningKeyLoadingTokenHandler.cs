using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.Api.Authentication;

/// <summary>
/// Validates exactly as <see cref="JsonWebTokenHandler"/> does, after making sure the key that the token's
/// <c>kid</c> names has been looked for in the database.
/// </summary>
/// <remarks>
/// Note: <see cref="TokenValidationParameters.IssuerSigningKeyResolver"/> is synchronous, so it cannot
/// wait for the database. The base class parses the compact token once and then calls this overload,
/// which does the waiting, so the resolver stays a dictionary lookup. Only <c>kid</c> is used: <c>jku</c>,
/// <c>x5u</c> and <c>jwk</c> headers are never read, so no key is ever fetched from where a token points.
/// </remarks>
internal sealed class SigningKeyLoadingTokenHandler(SigningKeyCache keys) : JsonWebTokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(
        SecurityToken token, TokenValidationParameters validationParameters)
    {
        if (token is JsonWebToken { Kid: { Length: > 0 } keyId })
        {
            // The base class passes no cancellation token down; the read is one small query.
            await keys.LoadIfUnknownAsync(keyId, CancellationToken.None);
        }

        return await base.ValidateTokenAsync(token, validationParameters);
    }
}
