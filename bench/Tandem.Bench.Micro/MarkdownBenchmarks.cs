using BenchmarkDotNet.Attributes;
using Tandem.Api.Markdown;
using Tandem.Api.Workload;

namespace Tandem.Bench.Micro;

/// <summary>The API turning a workload post's Markdown into sanitized HTML and an excerpt, once per write.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();
    private readonly string _body = WorkloadDataSet.Body(10_000);

    [Benchmark(Description = "MarkdownRenderer, workload post 10000")]
    public object Render() => _renderer.Render(_body);
}
