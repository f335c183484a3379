namespace Tandem.Api.Posts;

/// <summary>The preview's HTML, rendered and sanitized exactly as a stored post's would be.</summary>
internal sealed record PreviewResponse(string Html);
