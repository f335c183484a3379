namespace Tandem.Web.Bench;

/// <summary>
/// Switches for the benchmark in bench/ (bench/run.sh turns them on for its own servers). Bound from the
/// <c>Bench</c> section; everything is off by default and stays off in every real deployment.
/// </summary>
internal sealed class BenchOptions
{
    public const string SectionName = "Bench";

    /// <summary>Serves the ceiling pages that the benchmark compares the real pages with.</summary>
    public bool CeilingEndpoints { get; set; }
}
