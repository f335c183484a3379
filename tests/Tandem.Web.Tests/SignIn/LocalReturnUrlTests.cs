using Tandem.Web.SignIn;

namespace Tandem.Web.Tests.SignIn;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account")]
    [InlineData("/posts/42?tab=comments#top")]
    [InlineData("/u/ada%2Flovelace")]
    public void Keeps_a_path_on_this_site(string returnUrl) =>
        Assert.Equal(returnUrl, LocalReturnUrl.Sanitize(returnUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("account")]
    [InlineData("https://evil.test/")]
    [InlineData("http:/evil.test")]
    [InlineData("//evil.test/")]
    [InlineData("/\\evil.test/")]
    [InlineData("\\\\evil.test")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.test")]
    [InlineData("/\n/evil.test")]
    [InlineData(" //evil.test")]
    public void Sends_anything_that_could_leave_the_site_home(string? returnUrl) =>
        Assert.Equal("/", LocalReturnUrl.Sanitize(returnUrl));

    [Fact]
    public void Refuses_an_absurdly_long_path() =>
        Assert.Equal("/", LocalReturnUrl.Sanitize("/" + new string('a', 5000)));
}
