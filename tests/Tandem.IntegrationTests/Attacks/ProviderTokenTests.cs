using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// The API accepts only JWTs the web server issued for a live session. RejectedTokens covers tokens shaped like
/// an ID token but signed with Tandem's key; these are the real ones the sign-in provider hands the web server,
/// signed by the provider, which a person who captured their own sign-in could try on the API.
/// </summary>
public sealed class ProviderTokenTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Theory]
    [InlineData("id_token")]
    [InlineData("access_token")]
    public async Task A_token_issued_by_the_sign_in_provider_is_refused_by_the_api(string kind)
    {
        var person = DevPerson.Unique("Token Thief");
        using (var browser = stack.NewBrowser())
        {
            // The person has a Tandem account and a live session, so only the token's origin can be refused.
            (await SignInJourney.SignInAsync(browser, person)).Dispose();
        }

        var token = (await ProviderTokens.GetAsync(stack, person)).GetProperty(kind).GetString()!;
        Assert.Equal(person.Subject, new JsonWebToken(token).Subject);

        using var response = await stack.GetMeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
