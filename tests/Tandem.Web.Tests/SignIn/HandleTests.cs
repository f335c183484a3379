using Tandem.Web.SignIn;

namespace Tandem.Web.Tests.SignIn;

public sealed class HandleTests
{
    [Theory]
    [InlineData("Ada Lovelace", "ada-lovelace")]
    [InlineData("  Grace   Hopper ", "grace-hopper")]
    [InlineData("Zoë Ångström", "zoe-angstrom")]
    [InlineData("O'Brien", "o-brien")]
    [InlineData("李小龍", "member")]
    [InlineData("---", "member")]
    public void A_handle_is_the_lower_case_ascii_slug_of_the_display_name(string displayName, string handle) =>
        Assert.Equal(handle, UserProvisioning.HandleFor(displayName, unique: false));

    [Fact]
    public void A_handle_is_at_most_thirty_characters_before_any_suffix() =>
        Assert.Equal(30, UserProvisioning.HandleFor(new string('x', 80), unique: false).Length);

    [Fact]
    public void A_unique_handle_adds_a_six_digit_suffix()
    {
        var handle = UserProvisioning.HandleFor("Ada Lovelace", unique: true);

        Assert.Matches("^ada-lovelace-[0-9]{6}$", handle);
    }
}
