using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.IntegrationTests.Keys;
using Tandem.Web.Tokens;

namespace Tandem.IntegrationTests.Tokens;

public sealed class SessionTokenIssuerTests(TandemSystem stack) : IClassFixture<TandemSystem>
{
    [Fact]
    public async Task A_live_session_is_given_its_stored_token_again_while_it_is_fresh()
    {
        var (_, sessionId) = await stack.StartSessionAsync();

        var first = await stack.SessionTokenAsync(sessionId);
        var second = await stack.SessionTokenAsync(sessionId);

        Assert.Equal(first, second);
        await using var scope = stack.DatabaseScope(out var db);
        Assert.Equal(first, await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.AccessToken).SingleAsync());
    }

    [Fact]
    public async Task A_revoked_session_is_given_no_token_though_its_stored_one_is_still_fresh()
    {
        var (_, sessionId) = await stack.StartSessionAsync();
        await stack.SessionTokenAsync(sessionId);

        await using (var scope = stack.DatabaseScope(out var db))
        {
            await db.Sessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, DateTimeOffset.UtcNow));
        }

        await using var issuerScope = stack.Web.Services.CreateAsyncScope();
        var token = await issuerScope.ServiceProvider.GetRequiredService<SessionTokenIssuer>()
            .GetTokenAsync(sessionId, CancellationToken.None);
        Assert.Null(token);
    }
}
