using System.Net;
using System.Text.Json;

namespace Tandem.IntegrationTests.Hardening;

public sealed class ApiRateLimitTests(ApiLimitsSystem stack) : IClassFixture<ApiLimitsSystem>
{
    [Fact]
    public async Task A_user_over_their_limit_gets_429_while_another_user_at_the_same_address_does_not()
    {
        var first = await SignedInTokenAsync();
        var second = await SignedInTokenAsync();

        using var refused = await Burst.UntilRefusedAsync(() => stack.GetMeAsync(first), ApiLimitsSystem.PerUserLimit);
        using var other = await stack.GetMeAsync(second);

        await AssertProblemAsync(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        await Burst.WaitOutAsync(refused);
        using var recovered = await stack.GetMeAsync(first);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Anonymous_calls_over_the_per_address_limit_get_429_then_recover()
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };

        using var refused = await Burst.UntilRefusedAsync(
            () => http.GetAsync(new Uri("/posts", UriKind.Relative)), ApiLimitsSystem.PerAddressLimit);

        await AssertProblemAsync(refused);
        await Burst.WaitOutAsync(refused);
        using var recovered = await http.GetAsync(new Uri("/posts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task A_spoofed_forwarded_for_header_does_not_start_a_fresh_limit()
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        var next = 0;

        using var refused = await Burst.UntilRefusedAsync(
            () =>
            {
                next++;
                var request = new HttpRequestMessage(HttpMethod.Get, "/posts");
                request.Headers.Add("X-Forwarded-For", $"198.51.100.{next}");
                return http.SendAsync(request);
            },
            ApiLimitsSystem.PerAddressLimit);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private async Task<string> SignedInTokenAsync()
    {
        using var browser = stack.NewBrowser();
        var person = DevPerson.Unique();
        (await SignInJourney.SignInAsync(browser, person)).Dispose();

        // The session's JWT is minted by the first page that calls the API with it.
        (await browser.GetAsync("/account")).Dispose();
        var user = await stack.FindUserAsync("dev", person.Subject!);
        return Assert.Single(await stack.SessionsOfAsync(user!.Id)).AccessToken!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage refused)
    {
        Assert.Equal(TimeSpan.FromSeconds(2), Burst.RetryAfter(refused));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Retry-After", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", WebSecurityHeaderTests.Single(refused, "X-Content-Type-Options"));
    }
}
