namespace Tandem.Web.ApiClient;

/// <summary>One entry of the user's own audit log; <see cref="Kind"/> is one of AuditEventKinds.</summary>
public sealed record ActivityEvent(
    long Id,
    DateTimeOffset OccurredAt,
    string Kind,
    string? Provider,
    string? IpAddress,
    string? UserAgent,
    string? Detail);
