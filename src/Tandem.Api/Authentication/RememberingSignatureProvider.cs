using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>
/// Verifies ES256 signatures for one public key through IdentityModel's own provider, and answers a
/// signature it has verified before from a <see cref="VerifiedSignatureMemo"/>.
/// </summary>
/// <remarks>
/// Every API request carries a token, and a session sends the same token until it nears expiry, so most
/// verifications repeat one already done; on two cores the ECDSA arithmetic was a quarter of the CPU that
/// <c>GET /me</c> cost. This provider verifies only: it cannot sign.
/// </remarks>
internal sealed class RememberingSignatureProvider : SignatureProvider
{
    private readonly AsymmetricSignatureProvider _verifier;
    private readonly VerifiedSignatureMemo _memo = new();

    public RememberingSignatureProvider(ECDsaSecurityKey key)
        : base(key, TandemTokenDefaults.Algorithm)
    {
        _verifier = new AsymmetricSignatureProvider(
            key, TandemTokenDefaults.Algorithm, willCreateSignatures: false);
    }

    public override bool Verify(byte[] input, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(signature);
        return Verify(input, 0, input.Length, signature, 0, signature.Length);
    }

    public override bool Verify(
        byte[] input,
        int inputOffset,
        int inputLength,
        byte[] signature,
        int signatureOffset,
        int signatureLength)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(signature);

        // The handler passes pooled arrays, so only the given ranges belong to this token.
        var digest = VerifiedSignatureMemo.DigestOf(
            input.AsSpan(inputOffset, inputLength), signature.AsSpan(signatureOffset, signatureLength));
        if (_memo.Contains(digest))
        {
            return true;
        }

        var valid = _verifier.Verify(
            input, inputOffset, inputLength, signature, signatureOffset, signatureLength);
        if (valid)
        {
            _memo.Add(digest);
        }

        return valid;
    }

    public override byte[] Sign(byte[] input) =>
        throw new NotSupportedException("This provider only verifies signatures.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _verifier.Dispose();
        }
    }
}
