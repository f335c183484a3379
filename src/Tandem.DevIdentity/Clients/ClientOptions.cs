namespace Tandem.DevIdentity.Clients;

/// <summary>One entry of <c>DevIdentity:Clients</c>: an application that may sign people in here.</summary>
internal sealed class ClientOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Shown on the sign-in page ("… to continue to Tandem"); the client id when unset.</summary>
    public string? DisplayName { get; set; }

    // Strings rather than Uri, so a malformed value reaches the validator and gets a message naming it.
    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
