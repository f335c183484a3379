namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>A request as the API received it.</summary>
public sealed record RecordedRequest(string PathAndQuery, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
