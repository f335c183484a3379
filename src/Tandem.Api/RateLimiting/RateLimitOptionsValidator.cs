using System.Net;
using Microsoft.Extensions.Options;

namespace Tandem.Api.RateLimiting;

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new List<string?>
        {
            options.PerUser.Problem(RateLimitOptions.SectionName + ":PerUser"),
            options.PerAddress.Problem(RateLimitOptions.SectionName + ":PerAddress"),
            options.TokenCreation.Problem(RateLimitOptions.SectionName + ":TokenCreation"),
        };

        for (var i = 0; i < options.WebServerAddresses.Count; i++)
        {
            if (!IPAddress.TryParse(options.WebServerAddresses[i], out _))
            {
                problems.Add(
                    $"{RateLimitOptions.SectionName}:WebServerAddresses:{i} is '{options.WebServerAddresses[i]}', " +
                    "which is not an IP address. List the web server's address as the API sees it, e.g. 127.0.0.1.");
            }
        }

        var found = problems.OfType<string>().ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
