using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Authentication;

/// <summary>
/// The crypto provider factory of one cached signing key: ES256 verification goes through that key's single
/// <see cref="RememberingSignatureProvider"/>; anything else is IdentityModel's default behaviour.
/// </summary>
/// <remarks>
/// Set on the key itself (<see cref="SecurityKey.CryptoProviderFactory"/>), so the memo lives exactly as long
/// as the key is trusted: once the key retires, the resolver stops returning it and its memo is never asked.
/// </remarks>
[SuppressMessage(
    "Reliability", "CA1001", Justification = "Lives as long as its key, whose ECDsa is not disposed "
        + "either: requests may still be verifying with a key when the cache replaces it, so both are left "
        + "to the GC.")]
internal sealed class RememberingCryptoProviderFactory(ECDsaSecurityKey key) : CryptoProviderFactory
{
    private readonly RememberingSignatureProvider _provider = new(key);

    public override SignatureProvider CreateForVerifying(SecurityKey key, string algorithm) =>
        CreateForVerifying(key, algorithm, CacheSignatureProviders);

    public override SignatureProvider CreateForVerifying(
        SecurityKey key, string algorithm, bool cacheProvider) =>
        IsOwn(key, algorithm) ? _provider : base.CreateForVerifying(key, algorithm, cacheProvider);

    public override void ReleaseSignatureProvider(SignatureProvider signatureProvider)
    {
        // The base class disposes an uncached provider on release; this one is shared for the key's lifetime.
        if (!ReferenceEquals(signatureProvider, _provider))
        {
            base.ReleaseSignatureProvider(signatureProvider);
        }
    }

    private bool IsOwn(SecurityKey candidate, string algorithm) =>
        ReferenceEquals(candidate, key) && algorithm == TandemTokenDefaults.Algorithm;
}
