using Tandem.IntegrationTests.Linking;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// Mix-up: a provider's answer delivered to the callback of another provider. Both registrations here point at
/// the same dev identity server (same issuer, different clients), the hardest case, since the iss parameter
/// alone cannot tell them apart.
/// </summary>
public sealed class MixUpTests(TwoProviderSystem stack) : IClassFixture<TwoProviderSystem>
{
    [Theory]
    [InlineData(LinkingJourney.Dev, LinkingJourney.Dev2)]
    [InlineData(LinkingJourney.Dev2, LinkingJourney.Dev)]
    public async Task A_flow_started_with_one_provider_is_refused_on_another_providers_callback(
        string startedWith, string completedOn)
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique("Mixed Up");
        var callback = await LinkingJourney.SignInToCallbackAsync(browser, startedWith, person);
        var elsewhere = new UriBuilder(callback) { Path = "/signin/callback/" + completedOn }.Uri;

        using var landed = await browser.GetAsync(elsewhere);

        await RefusedSignIn.AssertAsync(
            stack, landed, person, "doesn't match the URI of the redirection endpoint");
    }
}
