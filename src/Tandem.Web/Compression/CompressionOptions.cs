namespace Tandem.Web.Compression;

/// <summary>Compressing pages in this server. Bound from the <c>ResponseCompression</c> section.</summary>
public sealed class CompressionOptions
{
    public const string SectionName = "ResponseCompression";

    /// <summary>
    /// Off by default: measured with wrk on two cores, compressing every page here cost more throughput than
    /// it saved (bench/README.md). Turn it on where no reverse proxy or CDN in front compresses.
    /// </summary>
    public bool Enabled { get; set; }
}
