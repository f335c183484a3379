namespace Tandem.Api.RateLimiting;

/// <summary>
/// The limit on creating API tokens, per user (RateLimits:TokenCreation, 10 an hour by default). An
/// endpoint takes it with <c>.RequireRateLimiting(TokenCreationRateLimit.PolicyName)</c>; the global
/// per-user limit still applies on top.
/// </summary>
public static class TokenCreationRateLimit
{
    public const string PolicyName = "token-creation";
}
