using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Tandem.Api.Authentication;

/// <summary>
/// The signed-data-and-signature pairs that one key has already verified, as SHA-256 digests, so that the
/// same token arriving again costs a hash instead of an ECDSA verification.
/// </summary>
/// <remarks>
/// Remembering is sound because the answer never changes: a signature over the same bytes under the same
/// public key verifies every time or never. Everything else about a token (algorithm, key still trusted,
/// expiry, issuer, audience, live session) is still decided on every request by the code around it. Only
/// successes are kept, so forged tokens cannot fill it. It holds two generations of at most
/// <see cref="GenerationSize"/> entries; when the newer is full the older is dropped, and an entry found in
/// the older one moves up, so tokens in use stay while the rest age out with no clock or sweep.
/// </remarks>
internal sealed class VerifiedSignatureMemo
{
    /// <summary>
    /// A session uses one token for minutes (Jwt:Lifetime), so this covers about 4,000 to 8,000 tokens in
    /// use at once per key, in under a megabyte; beyond that some are verified more than once.
    /// </summary>
    public const int GenerationSize = 4096;

    /// <summary>Session tokens are about 600 bytes; longer input goes through a pooled array.</summary>
    private const int StackLimit = 1024;

    private readonly Lock _rotating = new();
    private ConcurrentDictionary<Digest, bool> _newer = new();
    private ConcurrentDictionary<Digest, bool> _older = new();
    private int _newerCount;

    public static Digest DigestOf(ReadOnlySpan<byte> signedData, ReadOnlySpan<byte> signature)
    {
        // One contiguous buffer, so that a one-shot hash needs no hashing object. The length prefix keeps the
        // boundary between the two parts from moving without changing the digest.
        var length = sizeof(int) + signedData.Length + signature.Length;
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented is null ? stackalloc byte[StackLimit] : rented;
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, signedData.Length);
            signedData.CopyTo(buffer[sizeof(int)..]);
            signature.CopyTo(buffer[(sizeof(int) + signedData.Length)..]);

            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..length], digest);
            return MemoryMarshal.Read<Digest>(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public bool Contains(Digest digest)
    {
        if (Volatile.Read(ref _newer).ContainsKey(digest))
        {
            return true;
        }

        if (!Volatile.Read(ref _older).ContainsKey(digest))
        {
            return false;
        }

        Add(digest);
        return true;
    }

    public void Add(Digest digest)
    {
        if (!Volatile.Read(ref _newer).TryAdd(digest, true)
            || Interlocked.Increment(ref _newerCount) < GenerationSize)
        {
            return;
        }

        lock (_rotating)
        {
            // Another thread may have rotated while this one waited for the lock.
            if (Volatile.Read(ref _newerCount) < GenerationSize)
            {
                return;
            }

            Volatile.Write(ref _older, _newer);
            Volatile.Write(ref _newer, new ConcurrentDictionary<Digest, bool>());
            Volatile.Write(ref _newerCount, 0);
        }
    }

    /// <summary>
    /// A SHA-256 digest as a value: the dictionaries hash and compare it without allocating.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    public readonly record struct Digest(UInt128 First, UInt128 Second);
}
