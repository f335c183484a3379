using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// Genuine tokens from the dev sign-in provider, got as the web server gets them: the code flow with PKCE under
/// the web's own client registration, except that this test stops at the callback and redeems the code itself.
/// </summary>
internal static class ProviderTokens
{
    public static async Task<JsonElement> GetAsync(TandemSystem stack, DevPerson person)
    {
        var redirectUri = new Uri(stack.Web.BaseAddress, "/signin/callback/dev").AbsoluteUri;
        var state = Random();
        var verifier = Random();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        using var browser = new TestBrowser(stack.Identity.BaseAddress);
        using var form = await browser.GetAsync(
            "/connect/authorize?client_id=tandem-web&response_type=code&scope=openid%20profile%20email" +
            $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&state={state}&nonce={Random()}" +
            $"&code_challenge={challenge}&code_challenge_method=S256");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        using var approved = await browser.SubmitFormAsync(
            form,
            f => f.Elements.OfType<IHtmlInputElement>().Any(input => input.Type == "email"),
            new Dictionary<string, string>
            {
                ["dev_name"] = person.DisplayName,
                ["dev_email"] = person.Email,
                ["dev_subject"] = person.Subject ?? string.Empty,
            });
        var callback = TestBrowser.RedirectTarget(approved);
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());

        return await RedeemAsync(stack, query["code"].ToString(), redirectUri, verifier);
    }

    private static async Task<JsonElement> RedeemAsync(
        TandemSystem stack, string code, string redirectUri, string verifier)
    {
        using var http = new HttpClient { BaseAddress = stack.Identity.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = verifier,
            }),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("tandem-web:" + TandemSystem.ClientSecret));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The provider refused the code: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
