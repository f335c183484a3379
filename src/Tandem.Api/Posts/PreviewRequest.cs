using System.Text.Json.Serialization;

namespace Tandem.Api.Posts;

/// <summary>A body to render without storing it, for the editor's preview.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record PreviewRequest(string? Body);
