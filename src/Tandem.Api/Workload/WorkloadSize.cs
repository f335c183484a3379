namespace Tandem.Api.Workload;

/// <summary>How many users and posts to seed; the reference workload is 1,000 and 20,000.</summary>
internal sealed record WorkloadSize
{
    public WorkloadSize(int users, int posts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(users, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(posts);
        Users = users;
        Posts = posts;
    }

    public static WorkloadSize Reference { get; } = new(1_000, 20_000);

    public int Users { get; }

    public int Posts { get; }
}
