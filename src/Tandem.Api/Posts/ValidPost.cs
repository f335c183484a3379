namespace Tandem.Api.Posts;

/// <summary>A title and body that passed <see cref="PostValidation"/>; the title is trimmed.</summary>
internal sealed record ValidPost(string Title, string Body);
