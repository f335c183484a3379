using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tandem.Bench.SignIn;

/// <summary>The command line: where the web server is, how many users, where the cookies go.</summary>
internal sealed record SignInArguments(Uri Web, int Users, string Output, string CookieName)
{
    public const string Usage =
        "Usage: Tandem.Bench.SignIn --web http://127.0.0.1:5180 --users 50 --out cookies.txt " +
        "[--cookie-name tandem-session]";

    public static bool TryParse(
        string[] args, [NotNullWhen(true)] out SignInArguments? parsed, [NotNullWhen(false)] out string? problem)
    {
        parsed = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["--cookie-name"] = "tandem-session" };
        for (var index = 0; index < args.Length; index += 2)
        {
            if (index + 1 >= args.Length || !args[index].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"'{args[index]}' is not an option followed by its value.";
                return false;
            }

            values[args[index]] = args[index + 1];
        }

        if (!values.TryGetValue("--web", out var web) || !Uri.TryCreate(web, UriKind.Absolute, out var webUri))
        {
            problem = "--web must be the web server's absolute base URL.";
            return false;
        }

        if (!values.TryGetValue("--users", out var users)
            || !int.TryParse(users, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            problem = "--users must be a positive whole number.";
            return false;
        }

        if (!values.TryGetValue("--out", out var output) || string.IsNullOrWhiteSpace(output))
        {
            problem = "--out must name the file to write the cookies to.";
            return false;
        }

        parsed = new SignInArguments(webUri, count, output, values["--cookie-name"]);
        problem = null;
        return true;
    }
}
