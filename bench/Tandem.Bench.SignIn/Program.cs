using System.Diagnostics;
using System.Globalization;

namespace Tandem.Bench.SignIn;

/// <summary>
/// <c>dotnet Tandem.Bench.SignIn.dll --web URL --users N --out FILE</c>: signs users 1..N in through the
/// real sign-in flow, a few at a time, and writes one <c>Cookie</c> header value per line to FILE.
/// </summary>
public static class Program
{
    // A few at a time: each sign-in crosses three servers, and the box running them has two cores.
    private const int Concurrency = 4;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> Main(string[] args)
    {
        if (!SignInArguments.TryParse(args, out var options, out var problem))
        {
            await Console.Error.WriteLineAsync(problem + Environment.NewLine + SignInArguments.Usage);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var cookies = new string[options.Users];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(1, options.Users),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
                async (number, cancellationToken) =>
                {
                    var value = await SignInWalk.RunAsync(
                        options.Web, new BenchUser(number), options.CookieName, RequestTimeout, cancellationToken);
                    cookies[number - 1] = $"{options.CookieName}={value}";
                });
        }
        catch (Exception exception) when (exception is SignInStepException or HttpRequestException
            or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync("Sign-in failed: " + exception.Message);
            return 1;
        }

        await File.WriteAllLinesAsync(options.Output, cookies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Signed in {options.Users} users in {stopwatch.Elapsed.TotalSeconds:F1} s; cookies in {options.Output}."));
        return 0;
    }
}
