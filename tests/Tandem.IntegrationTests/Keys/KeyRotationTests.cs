using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Api.Authentication;
using Tandem.Web.Tokens;

namespace Tandem.IntegrationTests.Keys;

/// <summary>A whole key rotation, driven by the fake clock the web server and the API share.</summary>
public sealed class KeyRotationTests(RotationSystem stack) : IClassFixture<RotationSystem>
{
    [Fact]
    public async Task A_rotation_publishes_ahead_switches_keeps_old_tokens_until_expiry_then_retires_and_deletes()
    {
        var (userId, sessionId) = await stack.StartSessionAsync();
        var first = Assert.Single(await stack.SigningKeysAsync());

        // The timer's first tick inside the publish window creates the next key, public but not yet used.
        stack.Clock.SetUtcNow(first.SignUntil - RotationSystem.PublishAhead + RotationSystem.CheckInterval);
        var next = await KeyTestExtensions.EventuallyAsync(
            async () => (await stack.SigningKeysAsync()).SingleOrDefault(k => k.Id != first.Id), "the next key");
        Assert.Equal(SigningKeySchedule.SuccessorId(first.Id), next.Id);
        Assert.Equal(first.SignUntil + RotationSystem.SigningPeriod, next.SignUntil);
        Assert.Equal(next.SignUntil + TimeSpan.FromMinutes(5) + TimeSpan.FromMinutes(5), next.RetiresAt);
        Assert.Equal(new[] { first.Id, next.Id }.Order(StringComparer.Ordinal),
            (await stack.PublishedKeyIdsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(first.Id, KeyTestExtensions.KeyIdOf(await stack.SessionTokenAsync(sessionId)));

        // The API's scheduled refresh learns the key before any token names it.
        var apiKeys = stack.Api.Services.GetRequiredService<SigningKeyCache>();
        stack.Clock.Advance(SigningKeyCache.RefreshInterval);
        await KeyTestExtensions.EventuallyAsync(
            () => Task.FromResult(apiKeys.Find(next.Id).Any() ? "known" : null), "the API to load the next key");

        // The last token of the first key, then the first token of the next.
        stack.Clock.SetUtcNow(first.SignUntil - TimeSpan.FromMinutes(1));
        var lastOfFirst = await stack.SessionTokenAsync(sessionId);
        Assert.Equal(first.Id, KeyTestExtensions.KeyIdOf(lastOfFirst));

        stack.Clock.SetUtcNow(first.SignUntil + TimeSpan.FromMinutes(3.5));
        var firstOfNext = await stack.SessionTokenAsync(sessionId);
        Assert.Equal(next.Id, KeyTestExtensions.KeyIdOf(firstOfNext));
        await AssertApiAnswersAsync(HttpStatusCode.OK, lastOfFirst);
        await AssertApiAnswersAsync(HttpStatusCode.OK, firstOfNext);

        // The old key's own token has expired; a longer-lived one shows the key itself is still accepted.
        stack.Clock.SetUtcNow(first.SignUntil + TimeSpan.FromMinutes(5));
        var longLived = await stack.MintWithKeyAsync(first, userId, sessionId, TimeSpan.FromDays(1));
        await AssertApiAnswersAsync(HttpStatusCode.Unauthorized, lastOfFirst);
        await AssertApiAnswersAsync(HttpStatusCode.OK, longLived);

        // Retired: rejected by the API and gone from the JWKS, though its row is still kept.
        stack.Clock.SetUtcNow(first.RetiresAt + TimeSpan.FromSeconds(1));
        await AssertApiAnswersAsync(HttpStatusCode.Unauthorized, longLived);
        Assert.DoesNotContain(first.Id, await stack.PublishedKeyIdsAsync());
        Assert.Contains(next.Id, await stack.PublishedKeyIdsAsync());
        Assert.Contains(first.Id, (await stack.SigningKeysAsync()).Select(k => k.Id));

        // DeleteAfter later the next check deletes the row; the key after it stays.
        stack.Clock.SetUtcNow(first.RetiresAt + RotationSystem.DeleteAfter + RotationSystem.CheckInterval);
        var remaining = await KeyTestExtensions.EventuallyAsync(
            async () => await stack.SigningKeysAsync() is var keys && keys.All(k => k.Id != first.Id) ? keys : null,
            "the retired key to be deleted");
        Assert.Contains(next.Id, remaining.Select(k => k.Id));
    }

    [Fact]
    public async Task The_API_reads_only_public_key_columns_and_never_the_protected_private_key()
    {
        // Whatever the API has done so far (start-up, refreshes, and the rotation test if it ran first), plus
        // an on-demand read for an unknown kid, with the API's own queries recorded at the database driver.
        await AssertApiAnswersAsync(HttpStatusCode.Unauthorized, "eyJhbGciOiJFUzI1NiIsImtpZCI6InVua25vd24ifQ.e30.c2ln");

        Assert.Contains(stack.ApiSql.Commands, sql => sql.Contains("SigningKeys", StringComparison.Ordinal));
        Assert.DoesNotContain(
            stack.ApiSql.Commands, sql => sql.Contains("ProtectedPrivateKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_JWKS_may_be_cached_for_five_minutes_far_less_than_a_key_is_published_ahead()
    {
        var cacheControl = await stack.JwksCacheControlAsync();

        Assert.NotNull(cacheControl);
        Assert.Equal(TimeSpan.FromMinutes(5), cacheControl.MaxAge);
        Assert.True(cacheControl.MaxAge * 2 <= SigningKeyOptions.MinimumPublishAhead);
    }

    private async Task AssertApiAnswersAsync(HttpStatusCode expected, string token)
    {
        using var response = await stack.GetMeAsync(token);
        Assert.Equal(expected, response.StatusCode);
    }
}
