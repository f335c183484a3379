using System.Net;

namespace Tandem.IntegrationTests.ApiProxy;

public sealed class ApiDownTests(ApiDownSystem stack) : IClassFixture<ApiDownSystem>
{
    [Fact]
    public async Task When_nothing_listens_at_the_API_address_the_route_answers_503_problem_details()
    {
        using var browser = stack.NewBrowser();

        using var response = await browser.GetAsync("/api/posts");

        var detail = await ProblemJson.AssertAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("could not be reached", detail, StringComparison.Ordinal);
    }
}
