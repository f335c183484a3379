namespace Tandem.Web.ApiClient;

/// <summary>How many sessions a request to end sessions ended.</summary>
public sealed record EndedSessions(int Ended);
