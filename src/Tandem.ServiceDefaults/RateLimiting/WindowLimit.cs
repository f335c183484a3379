using System.Threading.RateLimiting;

namespace Tandem.ServiceDefaults.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>, counted per client.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>
    /// What is wrong with this limit, naming the setting at <paramref name="path"/>; null when usable.
    /// </summary>
    public string? Problem(string path)
    {
        if (PermitLimit < 1)
        {
            return $"{path}:PermitLimit is {PermitLimit}; set it to the number of requests one client may make " +
                "per window (at least 1).";
        }

        if (Window < TimeSpan.FromMilliseconds(100) || Window > TimeSpan.FromDays(1))
        {
            return $"{path}:Window is {Window}; set it to a time span between 00:00:00.1 and 1.00:00:00, " +
                "e.g. 00:01:00 for a minute.";
        }

        return null;
    }

    /// <summary>
    /// A fixed window of this limit for the client named by <paramref name="key"/>. Nothing queues: a
    /// request over the limit is refused at once, with the time until the window opens again.
    /// </summary>
    public RateLimitPartition<string> Partition(string key) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitLimit,
            Window = Window,
            QueueLimit = 0,
        });
}
