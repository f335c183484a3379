namespace Tandem.Web.ApiClient;

/// <summary>A page of the user's audit log, newest first; <see cref="NextBefore"/> is null at the end.</summary>
public sealed record ActivityList(IReadOnlyList<ActivityEvent> Items, long? NextBefore);
