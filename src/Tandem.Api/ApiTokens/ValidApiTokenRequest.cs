namespace Tandem.Api.ApiTokens;

/// <summary>A token request that passed validation: a trimmed name and a lifetime within the limits.</summary>
internal sealed record ValidApiTokenRequest(string Name, TimeSpan Lifetime);
