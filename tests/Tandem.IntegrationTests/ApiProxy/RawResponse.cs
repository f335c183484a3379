using System.Globalization;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>An HTTP/1.1 response read off the wire: its status, its header block and what followed.</summary>
public sealed record RawResponse(int Status, string Head, string Body)
{
    public static RawResponse Parse(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 4)..];
        var status = int.Parse(head.Split(' ')[1], CultureInfo.InvariantCulture);
        return new RawResponse(status, head, body);
    }

    public bool IsProblem =>
        Head.Contains("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase);
}
