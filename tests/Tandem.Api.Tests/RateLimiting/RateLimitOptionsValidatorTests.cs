using Tandem.Api.RateLimiting;
using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Api.Tests.RateLimiting;

/// <summary>The shared <see cref="WindowLimit"/> check, as the API's options validator reports it.</summary>
public sealed class RateLimitOptionsValidatorTests
{
    [Fact]
    public void The_default_limits_are_usable()
    {
        var result = new RateLimitOptionsValidator().Validate(name: null, new RateLimitOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Each_unusable_limit_is_named_with_what_to_set_instead()
    {
        var options = new RateLimitOptions
        {
            PerUser = new WindowLimit { PermitLimit = 0, Window = TimeSpan.FromMinutes(1) },
            TokenCreation = new WindowLimit { PermitLimit = 5, Window = TimeSpan.FromDays(2) },
        };

        var result = new RateLimitOptionsValidator().Validate(name: null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(2, failures.Count);
        Assert.StartsWith(
            "RateLimits:PerUser:PermitLimit is 0; set it to", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("RateLimits:TokenCreation:Window is 2.00:00:00; set it to a time span between",
            failures[1], StringComparison.Ordinal);
    }
}
