using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.DevIdentity.Tests;

public sealed class DiscoveryTests(DevIdentityServer server) : IClassFixture<DevIdentityServer>
{
    [Fact]
    public async Task Discovery_lists_the_endpoints_and_only_the_code_flow_with_S256()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");

        var issuer = server.BaseAddress.AbsoluteUri;
        Assert.Equal(issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "connect/authorize", Text(discovery, "authorization_endpoint"));
        Assert.Equal(issuer + "connect/token", Text(discovery, "token_endpoint"));
        Assert.Equal(issuer + "connect/userinfo", Text(discovery, "userinfo_endpoint"));
        Assert.Equal(issuer + "connect/endsession", Text(discovery, "end_session_endpoint"));
        Assert.StartsWith(issuer, Text(discovery, "jwks_uri"), StringComparison.Ordinal);

        Assert.Equal(["authorization_code"], Strings(discovery, "grant_types_supported"));
        Assert.Equal(["code"], Strings(discovery, "response_types_supported"));
        Assert.Equal(["S256"], Strings(discovery, "code_challenge_methods_supported"));
        Assert.Equal(["email", "openid", "profile"], Strings(discovery, "scopes_supported").Order());
    }

    [Fact]
    public async Task The_key_set_publishes_a_public_signing_key_and_no_private_part()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");

        var jwks = await http.GetFromJsonAsync<JsonElement>(Text(discovery, "jwks_uri"));

        var keys = jwks.GetProperty("keys").EnumerateArray();
        var key = Assert.Single(keys, candidate => Text(candidate, "use") == "sig");
        Assert.Equal("RSA", Text(key, "kty"));
        Assert.False(key.TryGetProperty("d", out _), "The JWKS must not publish the private exponent.");
    }

    private static string Text(JsonElement document, string property) =>
        document.GetProperty(property).GetString()!;

    private static string[] Strings(JsonElement document, string property) =>
        [.. document.GetProperty(property).EnumerateArray().Select(value => value.GetString()!)];
}
