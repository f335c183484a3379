namespace Tandem.Web.ApiClient;

/// <summary>What the editor sends: a title and the Markdown body.</summary>
public sealed record PostDraft(string Title, string Body);
