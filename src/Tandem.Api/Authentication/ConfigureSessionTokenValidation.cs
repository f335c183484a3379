using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>The token contract with the web server, as JwtBearer settings.</summary>
internal sealed class ConfigureSessionTokenValidation(
    IOptions<JwtOptions> jwt, SigningKeyCache keys, TimeProvider time)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <summary>
    /// The web server keeps each token in a 4096-character column (Session.AccessToken), so no genuine token
    /// is longer; refusing longer ones before parsing keeps oversized input cheap.
    /// </summary>
    private const int MaximumTokenLength = 4096;

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = jwt.Value;

        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(
            new SigningKeyLoadingTokenHandler(keys) { MaximumTokenSizeInBytes = MaximumTokenLength });
        options.MapInboundClaims = false;
        options.EventsType = typeof(SessionTokenEvents);

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            ValidAlgorithms = [TandemTokenDefaults.Algorithm],
            ValidTypes = [TandemTokenDefaults.TokenType],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromSeconds(30),

            // The clock that retires keys and ends sessions also decides expiry, so that all three agree (and a
            // test can move them together). This version has no public clock setting, hence the delegate.
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                IsWithinLifetime(notBefore, expires, parameters.ClockSkew, time.GetUtcNow().UtcDateTime),
            IssuerSigningKeyResolver = (_, _, keyId, _) => keys.Find(keyId),

            // A token must name its key; there is no trying every key in turn.
            TryAllIssuerSigningKeys = false,
            NameClaimType = JwtRegisteredClaimNames.Sub,
        };
    }

    /// <summary>
    /// The built-in rule: an expiry is required, a start may not follow it, and both ends are relaxed by the
    /// clock skew.
    /// </summary>
    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew, DateTime now) =>
        expires is { } end
        && end > now - clockSkew
        && (notBefore is not { } start || (start <= end && start <= now + clockSkew));
}
