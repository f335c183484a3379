namespace Tandem.Web.Tokens;

/// <summary>A key the schedule says must be created now: its id and the times to store with it.</summary>
internal sealed record PlannedKey(string Id, DateTimeOffset SignUntil, DateTimeOffset RetiresAt);
