namespace Tandem.Web.Sessions;

/// <summary>
/// A short, human name for the browser behind a user agent string, for the list of sessions. It
/// recognises the common browsers and systems only; anything else is shown as "Unknown browser".
/// </summary>
public static class DeviceName
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"), ("Safari/", "Safari"), ("curl/", "curl"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
        ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string From(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown browser";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;

        return (browser, system) switch
        {
            (null, null) => "Unknown browser",
            (null, _) => $"A browser on {system}",
            (_, null) => browser,
            _ => $"{browser} on {system}",
        };
    }
}
