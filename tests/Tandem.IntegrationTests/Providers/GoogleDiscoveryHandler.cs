using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using System.Text;

namespace Tandem.IntegrationTests.Providers;

/// <summary>
/// Answers the two requests the sign-in client makes before redirecting to Google, its discovery document
/// and its key set, with the endpoints Google publishes; anything else gets a 503.
/// </summary>
// An HttpClientHandler, because OpenIddict configures its primary handler as one and refuses any other kind.
internal sealed class GoogleDiscoveryHandler : HttpClientHandler
{
    private const string Discovery = """
        {
          "issuer": "https://accounts.google.com",
          "authorization_endpoint": "https://accounts.google.com/o/oauth2/v2/auth",
          "token_endpoint": "https://oauth2.googleapis.com/token",
          "userinfo_endpoint": "https://openidconnect.googleapis.com/v1/userinfo",
          "jwks_uri": "https://www.googleapis.com/oauth2/v3/certs",
          "response_types_supported": ["code", "token", "id_token", "code token", "code id_token", "none"],
          "subject_types_supported": ["public"],
          "id_token_signing_alg_values_supported": ["RS256"],
          "scopes_supported": ["openid", "email", "profile"],
          "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
          "code_challenge_methods_supported": ["plain", "S256"],
          "grant_types_supported": ["authorization_code", "refresh_token"]
        }
        """;

    // The client insists on at least one key, though keys only verify the ID token that comes back; a
    // fresh RSA public key stands in for Google's.
    private static readonly string KeySet = CreateKeySet();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.RequestUri?.AbsoluteUri switch
        {
            "https://accounts.google.com/.well-known/openid-configuration" => Discovery,
            "https://www.googleapis.com/oauth2/v3/certs" => KeySet,
            _ => null,
        };

        var response = body is null
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    private static string CreateKeySet()
    {
        using var rsa = RSA.Create(2048);
        var key = rsa.ExportParameters(includePrivateParameters: false);
        return $$"""
            { "keys": [ { "kty": "RSA", "alg": "RS256", "use": "sig", "kid": "test",
              "n": "{{Base64UrlEncoder.Encode(key.Modulus)}}", "e": "{{Base64UrlEncoder.Encode(key.Exponent)}}" } ] }
            """;
    }
}
