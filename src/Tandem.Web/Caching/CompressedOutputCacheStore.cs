using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;

namespace Tandem.Web.Caching;

/// <summary>
/// Keeps cached pages Brotli-compressed in memory. A post page shrinks to about a quarter, so the same
/// <see cref="PageCacheOptions.SizeLimitMegabytes"/> holds four times as many pages; a hit pays for one
/// decompression of a few kilobytes, far less than rendering the page again.
/// </summary>
/// <remarks>
/// The stored form is the uncompressed length (four bytes, little-endian) followed by the compressed bytes.
/// The store underneath counts the compressed length against the size limit.
/// </remarks>
internal sealed class CompressedOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    // Quality 1 compresses a page in microseconds and still gets most of the gain; higher levels cost
    // many times the CPU for a few percent.
    private const int Quality = 1;
    private const int Window = 22;
    private const int LengthPrefix = sizeof(int);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        inner.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await inner.GetAsync(key, cancellationToken) is { } stored ? Decompress(stored) : null;

    public ValueTask SetAsync(
        string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, Compress(value), tags, validFor, cancellationToken);

    internal static byte[] Compress(byte[] value)
    {
        var buffer = new byte[LengthPrefix + BrotliEncoder.GetMaxCompressedLength(value.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value.Length);
        if (!BrotliEncoder.TryCompress(value, buffer.AsSpan(LengthPrefix), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress a page into its maximum size.");
        }

        return buffer[..(LengthPrefix + written)];
    }

    internal static byte[] Decompress(byte[] stored)
    {
        var length = stored.Length >= LengthPrefix ? BinaryPrimitives.ReadInt32LittleEndian(stored) : -1;
        var value = new byte[Math.Max(length, 0)];

        // Only Compress writes this store, so anything else is a bug to hear about, not a miss to hide.
        if (length < 0
            || !BrotliDecoder.TryDecompress(stored.AsSpan(LengthPrefix), value, out var written)
            || written != length)
        {
            throw new InvalidDataException("A cached page is not in the form this store writes.");
        }

        return value;
    }
}
