namespace Tandem.Web.ApiClient;

/// <summary>How the API answered a change: done, refused with reasons per field, or not allowed.</summary>
public sealed record ApiWriteResult<T>(
    ApiWriteOutcome Outcome, T? Value = null, IReadOnlyDictionary<string, string[]>? Errors = null)
    where T : class;
