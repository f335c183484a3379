namespace Tandem.Web.ApiClient;

/// <summary>How the API answered a change: done, refused with reasons per field, or not allowed.</summary>
public sealed record ApiWriteResult<T>(ApiWriteOutcome Outcome, T? Value, IReadOnlyDictionary<string, string[]> Errors)
    where T : class
{
    public static ApiWriteResult<T> Done(T? value) => new(ApiWriteOutcome.Done, value, NoErrors);

    public static ApiWriteResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ApiWriteOutcome.Invalid, null, errors);

    public static ApiWriteResult<T> Refused(ApiWriteOutcome outcome) => new(outcome, null, NoErrors);

    private static readonly Dictionary<string, string[]> NoErrors = [];
}
