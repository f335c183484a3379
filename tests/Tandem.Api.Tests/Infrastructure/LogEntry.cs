using Microsoft.Extensions.Logging;

namespace Tandem.Api.Tests.Infrastructure;

public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception)
{
    /// <summary>
    /// True when the message or the exception logged with it contains <paramref name="secret"/>, or, for a
    /// JWT, its signed part (header and payload) or its signature on their own.
    /// </summary>
    public bool Mentions(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);

        var text = $"{Message}\n{Exception}";
        var parts = secret.Split('.');
        string[] needles = parts.Length == 3 && parts.All(p => p.Length >= 8)
            ? [secret, $"{parts[0]}.{parts[1]}", parts[1], parts[2]]
            : [secret];

        return needles.Any(needle => text.Contains(needle, StringComparison.Ordinal));
    }
}
