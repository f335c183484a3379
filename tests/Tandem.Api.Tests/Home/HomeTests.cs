using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Home;

[Collection(SharedApiServers.Name)]
public sealed class HomeTests(ApiServers servers)
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Describes_itself_at_the_root_without_a_token(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var description = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tandem API", description.GetProperty("name").GetString());
        Assert.Equal("/openapi/v1.json", description.GetProperty("links").GetProperty("openApi").GetString());
        Assert.Equal("/health", description.GetProperty("links").GetProperty("health").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publishes_an_openapi_document_listing_me(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/openapi/v1.json", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(document.GetProperty("paths").TryGetProperty("/me", out _));

        // Handlers take the signed-in user from the token; it is neither a parameter nor a body to clients.
        Assert.DoesNotContain("CurrentUser", document.GetRawText(), StringComparison.Ordinal);
        Assert.False(document.GetProperty("paths").GetProperty("/me/sessions/others").GetProperty("delete")
            .TryGetProperty("requestBody", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reports_healthy_when_the_database_answers(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/health", bearerToken: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Answers_an_unknown_route_with_404_problem_details(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);

        using var response = await server.GetAsync("/no/such/route", bearerToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
