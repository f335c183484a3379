namespace Tandem.Web.ApiClient;

public sealed record PreviewResult(string Html);
