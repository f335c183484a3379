using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>Writes posts through the API, as the web server's editor would.</summary>
public static class TestPosts
{
    /// <summary>A JSON body exactly as written, for bodies no serializer would produce.</summary>
    public static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    public static JsonContent Json(string? title, string? body) => JsonContent.Create(new { title, body });

    /// <summary>Publishes a post and returns the 201 response's PostDetail.</summary>
    public static async Task<JsonElement> CreateAsync(
        ApiServer server, string token, string title = "A title", string body = "Some *Markdown*.")
    {
        ArgumentNullException.ThrowIfNull(server);

        using var response = await server.SendAsync(HttpMethod.Post, "/posts", token, Json(title, body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
