namespace Tandem.Web.ApiClient;

/// <summary>The API's description of itself, from its anonymous root endpoint.</summary>
public sealed record ApiStatus(string Name);
