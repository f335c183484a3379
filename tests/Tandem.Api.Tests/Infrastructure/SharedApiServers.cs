namespace Tandem.Api.Tests.Infrastructure;

/// <summary>The tests that share one <see cref="ApiServers"/> fixture; xunit runs them one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApiServers : ICollectionFixture<ApiServers>
{
    public const string Name = "API servers";
}
