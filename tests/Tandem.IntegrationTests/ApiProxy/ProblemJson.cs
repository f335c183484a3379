using System.Net;
using System.Text.Json;

namespace Tandem.IntegrationTests.ApiProxy;

public static class ProblemJson
{
    /// <summary>Checks the response is ProblemDetails with <paramref name="status"/>; returns the detail.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(
            status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var json = JsonDocument.Parse(text);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }
}
