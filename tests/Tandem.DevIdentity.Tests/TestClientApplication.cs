using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.DevIdentity.Tests;

/// <summary>The client's side of the flow, as Tandem.Web does it: redeem a code, check tokens.</summary>
public sealed class TestClientApplication(Uri issuer) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = issuer };

    public Uri Issuer { get; } = issuer;

    /// <summary>Reads the code from a redirect, checking it reached the client with its state.</summary>
    public static string CodeFrom(Uri redirect, AuthorizationRequest request)
    {
        Assert.StartsWith(request.RedirectUri + "?", redirect.AbsoluteUri, StringComparison.Ordinal);

        var query = QueryHelpers.ParseQuery(redirect.Query);
        Assert.Equal(request.State, query["state"].ToString());
        Assert.False(query.ContainsKey("error"), $"The provider returned an error: {redirect}");

        return query["code"].ToString();
    }

    public async Task<HttpResponseMessage> RedeemAsync(
        string code,
        AuthorizationRequest request,
        string? codeVerifier = null,
        string secret = AuthorizationRequest.WebClientSecret)
    {
        var tokenUri = new Uri("connect/token", UriKind.Relative);
        using var message = new HttpRequestMessage(HttpMethod.Post, tokenUri)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = request.RedirectUri,
                ["code_verifier"] = codeVerifier ?? request.CodeVerifier,
            }),
        };

        // client_secret_basic, as OpenIddict's client (and so Tandem.Web) prefers.
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{request.ClientId}:{secret}"));
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        return await _http.SendAsync(message);
    }

    /// <summary>Redeems the code and returns the tokens; fails unless the exchange succeeds.</summary>
    public async Task<JsonElement> RedeemSuccessfullyAsync(string code, AuthorizationRequest request)
    {
        using var response = await RedeemAsync(code, request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Token request failed with {response.StatusCode}: {body}");

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Validates an ID token as a client must: signature, issuer, audience, expiry.</summary>
    public async Task<JsonWebToken> ValidateIdTokenAsync(
        string idToken, string audience = AuthorizationRequest.WebClientId)
    {
        var discovery = await _http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var keys = new JsonWebKeySet(await _http.GetStringAsync(jwksUri));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = Issuer.AbsoluteUri,
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            RequireSignedTokens = true,
        });
        Assert.True(result.IsValid, $"The ID token is not valid: {result.Exception?.Message}");

        return (JsonWebToken)result.SecurityToken;
    }

    public async Task<HttpResponseMessage> GetUserInfoAsync(string accessToken)
    {
        var userInfoUri = new Uri("connect/userinfo", UriKind.Relative);
        using var message = new HttpRequestMessage(HttpMethod.Get, userInfoUri);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        return await _http.SendAsync(message);
    }

    public void Dispose() => _http.Dispose();
}
