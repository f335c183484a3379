namespace Tandem.Api.Workload;

internal sealed record WorkloadSeedResult(int Users, int Posts, TimeSpan Elapsed);
