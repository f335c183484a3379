namespace Tandem.Api.Me;

/// <summary>How many live sessions a request ended (0 when they had all ended already).</summary>
internal sealed record EndedSessions(int Ended);
