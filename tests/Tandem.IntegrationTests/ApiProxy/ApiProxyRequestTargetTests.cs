using System.Net;

namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>Request targets that try to step out of /api, or to aim the proxy elsewhere, are refused.</summary>
[Collection(SharedApiProxySystem.Name)]
public sealed class ApiProxyRequestTargetTests(ApiProxySystem stack)
{
    [Theory]
    [InlineData("/api/..%2f..")]
    [InlineData("/api/..%2F..%2Fhealth")]
    [InlineData("/api/%2e%2e/health")]
    [InlineData("/api/%2E%2E/%2e%2e/signin")]
    [InlineData("/api/posts/%2e%2e/%2e%2e/account")]
    [InlineData("/api/../health")]
    [InlineData("/api/posts/../../account")]
    [InlineData("/api/..\\..\\health")]
    [InlineData("/api/posts\\..\\..\\account")]
    [InlineData("/api/%5c..%5chealth")]
    [InlineData("/api/posts/%252e%252e/health")]
    public async Task A_target_that_tries_to_leave_the_API_route_is_refused_with_400_problem_details(string target)
    {
        var response = await RawHttp.SendAsync(stack.Web.BaseAddress, target);

        Assert.True(response.Status == 400, $"{target} got {response.Status}:\n{response.Head}");
        Assert.True(response.IsProblem, response.Head);
    }

    [Fact]
    public async Task An_absolute_url_as_request_target_is_refused_even_when_it_names_this_site()
    {
        var probe = Guid.NewGuid().ToString("N");
        var target = new Uri(stack.Web.BaseAddress, "/api/posts?probe=" + probe).ToString();

        var response = await RawHttp.SendAsync(stack.Web.BaseAddress, target);

        Assert.Equal(400, response.Status);
        Assert.True(response.IsProblem, response.Head);
        Assert.False(stack.ApiRequests.Reached(probe));
    }

    [Theory]
    [InlineData("http://evil.example/api/posts?probe={0}", "evil.example")]
    [InlineData("/api/posts?probe={0}", "evil.example")]
    [InlineData("/api/posts?probe={0}", "localhost.evil.example")]
    public async Task A_request_for_another_host_is_refused_and_never_reaches_the_API(string target, string host)
    {
        var probe = Guid.NewGuid().ToString("N");

        var response = await RawHttp.SendAsync(stack.Web.BaseAddress, string.Format(null, target, probe), host);

        Assert.Equal(400, response.Status);
        Assert.False(stack.ApiRequests.Reached(probe));
    }

    [Fact]
    public async Task A_plain_path_under_the_route_still_goes_through()
    {
        var probe = Guid.NewGuid().ToString("N");

        var response = await RawHttp.SendAsync(stack.Web.BaseAddress, "/api/posts?probe=" + probe);

        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        Assert.Equal("/posts?probe=" + probe, stack.ApiRequests.Received(probe).PathAndQuery);
    }
}
