using System.Text.Json.Serialization;

namespace Tandem.Api.Posts;

/// <summary>What an author sends to write or rewrite a post; see PostValidation for the rules.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PostRequest(string? Title, string? Body);
