using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Tandem.BrowserTests.Security;

/// <summary>
/// The Content Security Policy violations Chromium reports on the console of any page of one context
/// (it logs each refused script, style, image or form target as an error naming the policy).
/// </summary>
internal sealed class PolicyViolations
{
    private readonly ConcurrentQueue<string> _messages = new();

    private PolicyViolations()
    {
    }

    public IReadOnlyCollection<string> Messages => [.. _messages];

    public static PolicyViolations Watch(IBrowserContext context)
    {
        var violations = new PolicyViolations();
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations._messages.Enqueue($"{message.Page?.Url}: {message.Text}");
            }
        };

        return violations;
    }

    public string Describe() => _messages.IsEmpty ? "none" : string.Join(Environment.NewLine, _messages);
}
