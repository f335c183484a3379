using BenchmarkDotNet.Running;

namespace Tandem.Bench.Micro;

internal static class Program
{
    // Arguments go to BenchmarkDotNet, e.g. --filter '*Markdown*' --job short (bench/README.md).
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
