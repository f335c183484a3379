using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Tandem.Api.ApiTokens;

namespace Tandem.Api.Tests.ApiTokens;

public sealed class ApiTokenSecretTests
{
    [Fact]
    public void Generates_distinct_well_formed_secrets_of_256_random_bits()
    {
        var secrets = Enumerable.Range(0, 200).Select(_ => ApiTokenSecret.Generate()).ToList();

        Assert.All(secrets, secret =>
        {
            Assert.Matches("^tdm_[A-Za-z0-9_-]{43}$", secret);
            Assert.True(ApiTokenSecret.IsWellFormed(secret));
            Assert.Equal(32, Convert.FromBase64String(ToStandardBase64(secret[4..])).Length);
        });
        Assert.Equal(secrets.Count, secrets.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hashes_as_lowercase_sha256_hex_and_compares_hashes_exactly()
    {
        var hash = ApiTokenSecret.Hash("tdm_abc");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("tdm_abc"u8)), hash);
        Assert.True(ApiTokenSecret.HashesEqual(hash, ApiTokenSecret.Hash("tdm_abc")));
        Assert.False(ApiTokenSecret.HashesEqual(hash, ApiTokenSecret.Hash("tdm_abd")));
        Assert.False(ApiTokenSecret.HashesEqual(hash, hash.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("Bearer tdm_x", ApiTokenDefaults.AuthenticationScheme)]
    [InlineData("bearer   tdm_x", ApiTokenDefaults.AuthenticationScheme)]
    [InlineData("Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig", JwtBearerDefaults.AuthenticationScheme)]
    [InlineData("Bearer TDM_x", JwtBearerDefaults.AuthenticationScheme)]
    [InlineData("Basic tdm_x", JwtBearerDefaults.AuthenticationScheme)]
    [InlineData("", JwtBearerDefaults.AuthenticationScheme)]
    public void Routes_only_bearer_credentials_starting_tdm_to_the_token_handler(string authorization, string scheme)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = authorization;

        Assert.Equal(scheme, BearerSchemeSelector.Select(context));
    }

    private static string ToStandardBase64(string base64Url) =>
        base64Url.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (base64Url.Length % 4)) % 4);
}
