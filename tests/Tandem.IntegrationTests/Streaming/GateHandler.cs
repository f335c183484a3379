namespace Tandem.IntegrationTests.Streaming;

/// <summary>The last handler before the wire on the web server's API client: each request passes the gate.</summary>
internal sealed class GateHandler(ApiGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await gate.PassAsync(request, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
