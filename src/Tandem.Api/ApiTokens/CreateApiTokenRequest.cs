using System.Text.Json.Serialization;

namespace Tandem.Api.ApiTokens;

/// <summary>What a signed-in user sends to create a token; see ApiTokenValidation for the rules.</summary>
/// <remarks>The web defaults read numbers from strings too; a number of days must be a JSON number here.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
[JsonNumberHandling(JsonNumberHandling.Strict)]
internal sealed record CreateApiTokenRequest(string? Name, int? ExpiresInDays);
