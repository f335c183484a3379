using Microsoft.Extensions.Options;

namespace Tandem.Web.Tokens;

/// <summary>Refuses a key schedule that would sign with a key validators cannot know yet.</summary>
internal sealed class SigningKeyOptionsValidator : IValidateOptions<SigningKeyOptions>
{
    private const string Prefix = SigningKeyOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, SigningKeyOptions options)
    {
        var failures = new List<string>();

        if (options.SigningPeriod < TimeSpan.FromHours(1) || options.SigningPeriod > TimeSpan.FromDays(365))
        {
            failures.Add(
                $"{Prefix}SigningPeriod must be between one hour and 365 days (it is {options.SigningPeriod}).");
        }

        if (options.PublishAhead < SigningKeyOptions.MinimumPublishAhead)
        {
            failures.Add($"{Prefix}PublishAhead must be at least {SigningKeyOptions.MinimumPublishAhead}, longer "
                + "than the API's key refresh and the JWKS cache time (it is " + options.PublishAhead + ").");
        }

        // A new key must be created while the current one is still signing, so that it is public before use.
        if (options.PublishAhead > options.SigningPeriod / 2)
        {
            failures.Add($"{Prefix}PublishAhead ({options.PublishAhead}) must be at most half of "
                + $"{Prefix}SigningPeriod ({options.SigningPeriod}).");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromHours(1))
        {
            failures.Add($"{Prefix}ClockSkew must be between zero and one hour (it is {options.ClockSkew}).");
        }

        if (options.DeleteAfter < TimeSpan.Zero)
        {
            failures.Add($"{Prefix}DeleteAfter must not be negative (it is {options.DeleteAfter}).");
        }

        // At least two checks fall inside every publish window, so one missed tick still publishes in time.
        if (options.CheckInterval < TimeSpan.FromSeconds(1) || options.CheckInterval > options.PublishAhead / 2)
        {
            failures.Add($"{Prefix}CheckInterval must be between one second and half of {Prefix}PublishAhead "
                + $"(it is {options.CheckInterval}; PublishAhead is {options.PublishAhead}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
