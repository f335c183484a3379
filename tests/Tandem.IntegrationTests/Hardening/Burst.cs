using System.Net;

namespace Tandem.IntegrationTests.Hardening;

/// <summary>Requests sent back to back until a rate limit refuses one.</summary>
internal static class Burst
{
    /// <summary>
    /// Sends until a 429 comes back, at most three times the limit: a fixed window may open anew once
    /// during the burst, so up to twice the limit can be accepted before the refusal.
    /// </summary>
    public static async Task<HttpResponseMessage> UntilRefusedAsync(Func<Task<HttpResponseMessage>> send, int limit)
    {
        var accepted = 0;
        for (var i = 0; i < limit * 3; i++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(accepted <= limit * 2, $"{accepted} requests were accepted under a limit of {limit}.");
                return response;
            }

            response.Dispose();
            accepted++;
        }

        Assert.Fail($"None of {limit * 3} requests was refused under a limit of {limit}.");
        throw new InvalidOperationException("Unreachable: Assert.Fail throws.");
    }

    /// <summary>The refusal's Retry-After in whole seconds; fails the test when it is missing.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage refused)
    {
        var delta = refused.Headers.RetryAfter?.Delta;
        Assert.True(delta is not null, "The 429 carries no Retry-After in seconds.");
        Assert.InRange(delta.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        return delta.Value;
    }

    /// <summary>Waits out the refusal's Retry-After, plus a little for the limiter's replenishment tick.</summary>
    public static Task WaitOutAsync(HttpResponseMessage refused) =>
        Task.Delay(RetryAfter(refused) + TimeSpan.FromMilliseconds(300));
}
