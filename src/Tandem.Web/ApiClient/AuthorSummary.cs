namespace Tandem.Web.ApiClient;

public sealed record AuthorSummary(Guid Id, string Handle, string DisplayName);
