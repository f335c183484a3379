using System.Diagnostics;
using System.Net;
using Tandem.IntegrationTests.Resilience;

namespace Tandem.IntegrationTests.ApiProxy;

public sealed class HungApiTests(UnreachableServicesSystem stack) : IClassFixture<UnreachableServicesSystem>
{
    [Fact]
    public async Task When_the_API_never_answers_the_route_gives_up_after_the_API_timeout_with_504_problem_details()
    {
        using var browser = stack.NewBrowser();
        var clock = Stopwatch.StartNew();

        using var response = await browser.GetAsync("/api/posts");

        var detail = await ProblemJson.AssertAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Contains("too long", detail, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, UnreachableServicesSystem.ApiTimeout, TimeSpan.FromSeconds(10));
    }
}
