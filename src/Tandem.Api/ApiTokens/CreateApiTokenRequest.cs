using System.Text.Json.Serialization;

namespace Tandem.Api.ApiTokens;

/// <summary>What a signed-in user sends to create a token; see ApiTokenValidation for the rules.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record CreateApiTokenRequest(string? Name, int? ExpiresInDays);
