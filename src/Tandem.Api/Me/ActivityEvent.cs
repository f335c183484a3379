namespace Tandem.Api.Me;

/// <summary>One entry of the user's own audit log, as the activity page shows it.</summary>
internal sealed record ActivityEvent(
    long Id,
    DateTimeOffset OccurredAt,
    string Kind,
    string? Provider,
    string? IpAddress,
    string? UserAgent,
    string? Detail);
