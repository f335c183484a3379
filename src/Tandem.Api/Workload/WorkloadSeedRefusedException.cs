namespace Tandem.Api.Workload;

/// <summary>The database already has users or posts, which the workload's fixed ids would hit.</summary>
public sealed class WorkloadSeedRefusedException : Exception
{
    public WorkloadSeedRefusedException()
        : this("The database already has users or posts.")
    {
    }

    public WorkloadSeedRefusedException(string message)
        : base(message)
    {
    }

    public WorkloadSeedRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
