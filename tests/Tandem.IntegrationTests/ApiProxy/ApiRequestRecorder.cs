using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>
/// Sits in front of the API's own pipeline: writes down the headers of every request that reaches the
/// API, and serves one test-only stream whose second half waits until the test has read the first.
/// </summary>
public sealed class ApiRequestRecorder : IStartupFilter
{
    public const string StreamPath = "/proxy-test/stream";

    public const int FirstChunkBytes = 64 * 1024;

    public const int RestBytes = 2 * 1024 * 1024;

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Completed by the streaming test once it has read the first chunk through the web server.</summary>
    public TaskCompletionSource StreamRelease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The one request whose query contains <paramref name="probe"/>.</summary>
    public RecordedRequest Received(string probe) =>
        Assert.Single(_requests, request => request.PathAndQuery.Contains(probe, StringComparison.Ordinal));

    public bool Reached(string probe) =>
        _requests.Any(request => request.PathAndQuery.Contains(probe, StringComparison.Ordinal));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var headers = context.Request.Headers.ToDictionary(
                header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            _requests.Enqueue(new RecordedRequest(context.Request.Path + context.Request.QueryString, headers));
            return nextMiddleware(context);
        });

        app.Map(StreamPath, stream => stream.Run(WriteStreamAsync));
        next(app);
    };

    private async Task WriteStreamAsync(HttpContext context)
    {
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(new byte[FirstChunkBytes], context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);

        // A proxy that buffered would wait here for the rest before sending anything, and the test, which
        // releases the rest only after it has read the first chunk, would time out instead of passing.
        await StreamRelease.Task.WaitAsync(TimeSpan.FromSeconds(60), context.RequestAborted);

        var chunk = new byte[64 * 1024];
        for (var sent = 0; sent < RestBytes; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }
    }
}
