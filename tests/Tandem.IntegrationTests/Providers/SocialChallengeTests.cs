using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Tandem.IntegrationTests.Providers;

public sealed class SocialChallengeTests(SocialProviderSystem stack) : IClassFixture<SocialProviderSystem>
{
    [Theory]
    [InlineData("google", "https://accounts.google.com/o/oauth2/v2/auth", SocialProviderSystem.GoogleClientId, new[] { "openid", "email", "profile" })]
    [InlineData("facebook", "https://www.facebook.com/v16.0/dialog/oauth", SocialProviderSystem.FacebookClientId, new[] { "email", "public_profile" })]
    public async Task The_challenge_redirects_with_client_id_redirect_uri_scopes_state_and_pkce(
        string provider, string authorizationEndpoint, string clientId, string[] scopes)
    {
        using var browser = stack.NewBrowser();
        using var signInPage = await browser.GetAsync("/signin");
        var page = await signInPage.Content.ReadAsStringAsync();
        Assert.Contains($"action=\"/signin/{provider}\"", page, StringComparison.Ordinal);

        using var challenge = await browser.SubmitFormAsync(signInPage, form => form.Action.EndsWith("/signin/" + provider, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var target = TestBrowser.RedirectTarget(challenge);
        Assert.Equal(authorizationEndpoint, target.GetLeftPart(UriPartial.Path));

        var query = QueryHelpers.ParseQuery(target.Query);
        Assert.Equal(clientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal($"{stack.Web.BaseAddress}signin/callback/{provider}", query["redirect_uri"].ToString());
        Assert.Superset(scopes.ToHashSet(), query["scope"].ToString().Split(' ').ToHashSet());
        Assert.True(query["state"].ToString().Length >= 20, "state must be long and unguessable");
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal(43, query["code_challenge"].ToString().Length);
    }
}
