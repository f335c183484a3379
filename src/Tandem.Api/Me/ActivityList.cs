namespace Tandem.Api.Me;

/// <summary>
/// One page of the user's audit log, newest first. <see cref="NextBefore"/> is the <c>before</c> value of the
/// next page, or null when this page is the last.
/// </summary>
internal sealed record ActivityList(IReadOnlyList<ActivityEvent> Items, long? NextBefore);
