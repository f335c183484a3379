using Tandem.Web.Tokens;

namespace Tandem.Web.Tests.Tokens;

public sealed class SigningKeyOptionsValidatorTests
{
    [Fact]
    public void Accepts_the_defaults()
    {
        Assert.True(new SigningKeyOptionsValidator().Validate(null, new SigningKeyOptions()).Succeeded);
    }

    [Theory]
    [InlineData("00:30:00", "00:10:00", "00:01:00", "Jwt:Keys:SigningPeriod")]
    [InlineData("400.00:00:00", "1.00:00:00", "00:15:00", "Jwt:Keys:SigningPeriod")]
    [InlineData("30.00:00:00", "00:05:00", "00:01:00", "Jwt:Keys:PublishAhead must be at least")]
    [InlineData("1.00:00:00", "13:00:00", "00:15:00", "Jwt:Keys:PublishAhead (13:00:00) must be at most half")]
    [InlineData("30.00:00:00", "1.00:00:00", "13:00:00", "Jwt:Keys:CheckInterval")]
    [InlineData("30.00:00:00", "1.00:00:00", "00:00:00", "Jwt:Keys:CheckInterval")]
    public void Rejects_a_schedule_that_could_sign_with_an_unpublished_key(
        string signingPeriod, string publishAhead, string checkInterval, string expectedMessage)
    {
        var options = new SigningKeyOptions
        {
            SigningPeriod = TimeSpan.Parse(signingPeriod, System.Globalization.CultureInfo.InvariantCulture),
            PublishAhead = TimeSpan.Parse(publishAhead, System.Globalization.CultureInfo.InvariantCulture),
            CheckInterval = TimeSpan.Parse(checkInterval, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = new SigningKeyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expectedMessage, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-00:00:01", "00:00:00")]
    [InlineData("02:00:00", "00:00:00")]
    [InlineData("00:05:00", "-1.00:00:00")]
    public void Rejects_a_negative_or_oversized_skew_or_deletion_delay(string clockSkew, string deleteAfter)
    {
        var options = new SigningKeyOptions
        {
            ClockSkew = TimeSpan.Parse(clockSkew, System.Globalization.CultureInfo.InvariantCulture),
            DeleteAfter = TimeSpan.Parse(deleteAfter, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = new SigningKeyOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Jwt:Keys:", result.FailureMessage, StringComparison.Ordinal);
    }
}
