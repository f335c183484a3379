namespace Tandem.IntegrationTests.Linking;

/// <summary>One stack with two dev providers ("dev" and "dev2") for every linking test.</summary>
[CollectionDefinition(Name)]
public sealed class LinkingTestGroup : ICollectionFixture<TwoProviderSystem>
{
    public const string Name = "Linking";
}
