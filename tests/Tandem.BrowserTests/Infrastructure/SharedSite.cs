namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// The tests that write their own posts share one system and one browser: starting the three servers
/// is most of the suite's cost, and every test signs in as its own person in its own browser context.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<BrowserSystem>
{
    public const string Name = "Shared site";
}
