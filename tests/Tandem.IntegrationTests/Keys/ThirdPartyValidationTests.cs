using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Web.Tokens;

namespace Tandem.IntegrationTests.Keys;

/// <summary>An API outside Tandem, holding only the JWKS document and Microsoft.IdentityModel.JsonWebTokens.</summary>
public sealed class ThirdPartyValidationTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_third_party_validates_a_Tandem_JWT_with_the_published_JWKS_alone()
    {
        var token = await SignedInTokenAsync();

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("ES256", ((JsonWebToken)result.SecurityToken).Alg);
    }

    [Fact]
    public async Task A_third_party_rejects_a_Tandem_JWT_whose_signature_was_altered()
    {
        var token = await SignedInTokenAsync();
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        var result = await ValidateAsync(tampered);

        Assert.False(result.IsValid);
    }

    private async Task<string> SignedInTokenAsync()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);
        return await stack.SessionTokenAsync(Assert.Single(await stack.SessionsOfAsync(user!.Id)).Id);
    }

    private async Task<TokenValidationResult> ValidateAsync(string token)
    {
        using var http = new HttpClient();
        var jwks = new JsonWebKeySet(await http.GetStringAsync(new Uri(stack.Web.BaseAddress, JwksEndpoint.Path)));

        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = stack.Web.BaseAddress.GetLeftPart(UriPartial.Authority),
            ValidAudience = "tandem-api",
            ValidAlgorithms = ["ES256"],
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
    }
}
