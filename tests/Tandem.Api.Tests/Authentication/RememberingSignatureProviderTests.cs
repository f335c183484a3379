using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Tandem.Api.Authentication;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.SigningKeys;

namespace Tandem.Api.Tests.Authentication;

/// <summary>
/// The verifier that remembers signatures it has checked: it must give the answer ECDSA gives, every time.
/// Whole tokens through the API (a remembered token refused once its key is removed) are in
/// <see cref="SigningKeyRefreshTests"/>.
/// </summary>
public sealed class RememberingSignatureProviderTests
{
    private static readonly byte[] SignedData =
        Encoding.ASCII.GetBytes("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0");

    [Fact]
    public void Accepts_a_valid_signature_each_time_it_is_presented()
    {
        using var key = new TestSigningKey();
        var signature = Sign(key, SignedData);
        var provider = VerifierFor(key);

        Assert.True(provider.Verify(SignedData, signature));
        Assert.True(provider.Verify(SignedData, signature));
    }

    [Fact]
    public void Refuses_a_tampered_signature_each_time_even_after_the_genuine_one_was_remembered()
    {
        using var key = new TestSigningKey();
        var signature = Sign(key, SignedData);
        var provider = VerifierFor(key);
        Assert.True(provider.Verify(SignedData, signature));

        var tampered = (byte[])signature.Clone();
        tampered[^1] ^= 0x01;
        var otherData = Encoding.ASCII.GetBytes("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIyIn0");

        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.False(provider.Verify(SignedData, tampered));
            Assert.False(provider.Verify(otherData, signature));
        }
    }

    [Fact]
    public void Does_not_accept_for_one_key_what_another_key_signed_and_remembered()
    {
        using var signer = new TestSigningKey();
        using var other = new TestSigningKey();
        var signature = Sign(signer, SignedData);

        Assert.True(VerifierFor(signer).Verify(SignedData, signature));
        Assert.False(VerifierFor(other).Verify(SignedData, signature));
    }

    [Fact]
    public void Reads_only_the_given_ranges_of_pooled_buffers()
    {
        using var key = new TestSigningKey();
        var signature = Sign(key, SignedData);
        var provider = VerifierFor(key);

        // Buffers rented from a pool are longer than their contents; what lies past the range must not count.
        var input = new byte[SignedData.Length + 7];
        SignedData.CopyTo(input, 3);
        var signatureBuffer = new byte[signature.Length + 5];
        signature.CopyTo(signatureBuffer, 0);
        signatureBuffer[^1] = 0xFF;

        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.True(provider.Verify(input, 3, SignedData.Length, signatureBuffer, 0, signature.Length));
            Assert.False(
                provider.Verify(input, 3, SignedData.Length - 1, signatureBuffer, 0, signature.Length));
        }
    }

    [Fact]
    public void Remembers_signatures_over_data_longer_than_a_session_token()
    {
        using var key = new TestSigningKey();
        var longData = Encoding.ASCII.GetBytes(new string('a', 3000));
        var signature = Sign(key, longData);
        var provider = VerifierFor(key);

        Assert.True(provider.Verify(longData, signature));
        Assert.True(provider.Verify(longData, signature));
        longData[^1] = (byte)'b';
        Assert.False(provider.Verify(longData, signature));
    }

    [Fact]
    public void Is_what_the_key_factory_hands_out_for_ES256_and_survives_release()
    {
        using var key = new TestSigningKey();
        var securityKey = new ECDsaSecurityKey(key.Ecdsa) { KeyId = key.Id };
        var factory = new RememberingCryptoProviderFactory(securityKey);
        var signature = Sign(key, SignedData);

        var provider = factory.CreateForVerifying(securityKey, TandemTokenDefaults.Algorithm);
        factory.ReleaseSignatureProvider(provider);

        Assert.IsType<RememberingSignatureProvider>(provider);
        Assert.Same(provider, factory.CreateForVerifying(securityKey, TandemTokenDefaults.Algorithm));
        Assert.True(provider.Verify(SignedData, signature));
        Assert.IsNotType<RememberingSignatureProvider>(
            factory.CreateForVerifying(securityKey, SecurityAlgorithms.EcdsaSha384));
    }

    [Fact]
    public void The_memo_forgets_the_oldest_entries_but_keeps_those_in_use()
    {
        var memo = new VerifiedSignatureMemo();
        var inUse = DigestOf(-1);
        var idle = DigestOf(-2);
        memo.Add(inUse);
        memo.Add(idle);

        // Two full generations go by; the entry looked up during the first moves up and survives the second.
        for (var i = 0; i < VerifiedSignatureMemo.GenerationSize; i++)
        {
            memo.Add(DigestOf(i));
        }

        Assert.True(memo.Contains(inUse));
        for (var i = 0; i < VerifiedSignatureMemo.GenerationSize; i++)
        {
            memo.Add(DigestOf(VerifiedSignatureMemo.GenerationSize + i));
        }

        Assert.True(memo.Contains(inUse));
        Assert.False(memo.Contains(idle));
        Assert.False(memo.Contains(DigestOf(0)));
    }

    private static RememberingSignatureProvider VerifierFor(TestSigningKey key) =>
        new(new ECDsaSecurityKey(ECDsa.Create(key.Ecdsa.ExportParameters(includePrivateParameters: false))));

    private static byte[] Sign(TestSigningKey key, byte[] data) =>
        key.Ecdsa.SignData(data, HashAlgorithmName.SHA256);

    private static VerifiedSignatureMemo.Digest DigestOf(int value) =>
        VerifiedSignatureMemo.DigestOf(BitConverter.GetBytes(value), []);
}
