using Tandem.DevIdentity.Clients;

namespace Tandem.DevIdentity;

/// <summary>The <c>DevIdentity</c> configuration section.</summary>
internal sealed class DevIdentityOptions
{
    public const string SectionName = "DevIdentity";

    // Enabled and Issuer are read straight from configuration by DevelopmentOnlyGuard and the server
    // wiring, which run before options can be resolved; they are listed here to describe the section.

    /// <summary>Lets the provider run outside Development, e.g. on a shared test stage.</summary>
    public bool Enabled { get; set; }

    /// <summary>The issuer to advertise; when unset, OpenIddict derives it from each request.</summary>
    public string? Issuer { get; set; }

    /// <summary>The client applications allowed to sign people in here, registered at start-up.</summary>
    public List<ClientOptions> Clients { get; set; } = [];
}
