namespace Tandem.Web.Security;

/// <summary>The security headers every response of this server carries, computed once at start-up.</summary>
internal sealed class SecurityHeaders(IReadOnlyList<KeyValuePair<string, string>> headers)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers;

    public Task ApplyTo(object state)
    {
        var response = (HttpResponse)state;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        return Task.CompletedTask;
    }
}
