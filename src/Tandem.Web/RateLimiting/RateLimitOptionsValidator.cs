using Microsoft.Extensions.Options;

namespace Tandem.Web.RateLimiting;

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        string?[] problems =
        [
            options.SignIn.Problem(RateLimitOptions.SectionName + ":SignIn"),
            options.Pages.Problem(RateLimitOptions.SectionName + ":Pages"),
        ];

        var found = problems.OfType<string>().ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
