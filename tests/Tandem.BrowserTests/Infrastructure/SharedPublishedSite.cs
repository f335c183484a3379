namespace Tandem.BrowserTests.Infrastructure;

/// <summary>
/// The tests that only look at pages share the site with the sample posts on it. None of them writes
/// anything, so what they check and photograph is the same whatever order they run in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPublishedSite : ICollectionFixture<PublishedSite>
{
    public const string Name = "Shared published site";
}
