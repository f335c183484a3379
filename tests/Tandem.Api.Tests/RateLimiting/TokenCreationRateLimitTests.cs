using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tandem.Api.RateLimiting;
using Tandem.ServiceDefaults.RateLimiting;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.RateLimiting;

/// <summary>The token-creation policy another endpoint takes by name: a small budget per user.</summary>
[Collection(SharedApiServers.Name)]
public sealed class TokenCreationRateLimitTests(ApiServers servers)
{
    private static readonly RateLimitOptions Limits = new()
    {
        TokenCreation = new WindowLimit { PermitLimit = 2, Window = TimeSpan.FromHours(1) },
    };

    [Fact]
    public async Task The_api_registers_the_policy_under_the_name_endpoints_refer_to()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        var options = server.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value;

        // Adding a policy under a name already taken throws; there is no other way to ask for one.
        var duplicate = Assert.Throws<ArgumentException>(() =>
            options.AddPolicy(TokenCreationRateLimit.PolicyName, new ApiPartitions(Limits).TokenCreation));
        Assert.Contains(TokenCreationRateLimit.PolicyName, duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_past_their_token_creation_budget_is_refused_until_the_window_ends_and_others_are_not()
    {
        using var limiter = PartitionedRateLimiter.Create<HttpContext, string>(new ApiPartitions(Limits).TokenCreation);
        var alice = SignedIn(Guid.NewGuid(), "192.0.2.7");
        var bob = SignedIn(Guid.NewGuid(), "192.0.2.7");

        using var first = limiter.AttemptAcquire(alice);
        using var second = limiter.AttemptAcquire(alice);
        using var third = limiter.AttemptAcquire(alice);
        using var bobsFirst = limiter.AttemptAcquire(bob);

        Assert.True(first.IsAcquired && second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(third.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromHours(1), retryAfter);
        Assert.True(bobsFirst.IsAcquired, "Another user at the same address shares the first user's budget.");
    }

    [Fact]
    public void The_same_user_from_another_address_shares_one_budget()
    {
        using var limiter = PartitionedRateLimiter.Create<HttpContext, string>(new ApiPartitions(Limits).TokenCreation);
        var user = Guid.NewGuid();

        using var fromHome = limiter.AttemptAcquire(SignedIn(user, "192.0.2.7"));
        using var fromWork = limiter.AttemptAcquire(SignedIn(user, "198.51.100.9"));
        using var fromPhone = limiter.AttemptAcquire(SignedIn(user, "203.0.113.4"));

        Assert.True(fromHome.IsAcquired && fromWork.IsAcquired);
        Assert.False(fromPhone.IsAcquired);
    }

    private static DefaultHttpContext SignedIn(Guid userId, string address)
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", userId.ToString())], "test")),
        };
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return context;
    }
}
