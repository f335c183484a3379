using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Tandem.IntegrationTests.Streaming;

/// <summary>The system with a gate between the web server and the API's listing of an author's posts.</summary>
public sealed class SlowAuthorPostsSystem : TandemSystem
{
    // AddHttpClient<TandemApiClient> names its client after the type.
    private const string ApiClientName = "TandemApiClient";

    public ApiGate Gate { get; } = new();

    protected override void ConfigureWebServices(IServiceCollection services)
    {
        services.Configure<HttpClientFactoryOptions>(ApiClientName, options =>
            options.HttpMessageHandlerBuilderActions.Add(handlers =>
                handlers.AdditionalHandlers.Add(new GateHandler(Gate))));
    }
}
