namespace Tandem.Web.Tokens;

/// <summary>The times of one row of the SigningKeys table, without any key material.</summary>
internal sealed record ScheduledKey(string Id, DateTimeOffset SignUntil, DateTimeOffset RetiresAt);
