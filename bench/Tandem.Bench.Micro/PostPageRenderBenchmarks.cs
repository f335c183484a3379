using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tandem.Web.Bench;
using Tandem.Web.Components.Posts;

namespace Tandem.Bench.Micro;

/// <summary>
/// P2's component tree rendered to HTML with Blazor's HtmlRenderer: PostView with the C1 ceiling's fixed post
/// (workload post 10000), without the layout, the HTTP pipeline or the API call.
/// </summary>
[MemoryDiagnoser]
public class PostPageRenderBenchmarks : IAsyncDisposable
{
    private ServiceProvider _services = null!;
    private HtmlRenderer _renderer = null!;
    private ParameterView _parameters;

    [GlobalSetup]
    public void SetUp()
    {
        _services = new ServiceCollection().AddLogging().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        _parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(PostView.Post)] = CeilingPost.Detail,
            [nameof(PostView.Url)] = "http://127.0.0.1:5080/posts/10000/post-number-10000",
        });
    }

    [Benchmark(Description = "HtmlRenderer, PostView with a fixed post")]
    public Task<string> Render() => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var output = await _renderer.RenderComponentAsync<PostView>(_parameters);
        return output.ToHtmlString();
    });

    [GlobalCleanup]
    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
