namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>The proxy's tests share one system: each signs in as its own person with its own browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApiProxySystem : ICollectionFixture<ApiProxySystem>
{
    public const string Name = "Api proxy";
}
