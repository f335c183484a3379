namespace Tandem.Web.ApiClient;

/// <summary>A page of the user's audit log, newest first; <see cref="NextBefore"/> is null on the last page.</summary>
public sealed record ActivityList(IReadOnlyList<ActivityEvent> Items, long? NextBefore);
