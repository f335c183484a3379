using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>Creates API tokens through the API, as the web server's token page does with a session JWT.</summary>
public static class TestApiTokens
{
    public static JsonContent Json(string? name, int? expiresInDays) =>
        JsonContent.Create(new { name, expiresInDays });

    /// <summary>Creates a token for the session's user and returns the 201 response's body.</summary>
    public static async Task<CreatedToken> CreateAsync(
        ApiServer server, TestSession session, string name = "backup script", int expiresInDays = 30)
    {
        ArgumentNullException.ThrowIfNull(server);

        using var response = await server.SendAsync(
            HttpMethod.Post, "/me/tokens", server.MintToken(session), Json(name, expiresInDays));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new CreatedToken(body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!, body);
    }

    public sealed record CreatedToken(Guid Id, string Secret, JsonElement Body);
}
