using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Tandem.Data.Sessions;
using Tandem.Data.Users;

namespace Tandem.IntegrationTests.Infrastructure;

public static class TandemSystemExtensions
{
    public static async Task<User?> FindUserAsync(this TandemSystem stack, string provider, string subject)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.ExternalLogins
            .Where(l => l.Provider == provider && l.Subject == subject)
            .Select(l => l.User)
            .SingleOrDefaultAsync();
    }

    public static async Task<List<Session>> SessionsOfAsync(this TandemSystem stack, Guid userId)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.Sessions.Where(s => s.UserId == userId).OrderBy(s => s.CreatedAt).ToListAsync();
    }

    /// <summary>Calls the API's current-user endpoint as a script holding the JWT would.</summary>
    public static async Task<HttpResponseMessage> GetMeAsync(this TandemSystem stack, string? accessToken)
    {
        using var http = new HttpClient { BaseAddress = stack.Api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await http.SendAsync(request);
    }
}
