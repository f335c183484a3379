namespace Tandem.Web.Security;

/// <summary>Settings of the response headers that limit what a page may do, bound from <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Origins a form may be sent to besides this site and the sign-in providers' issuers, for an OpenID
    /// Connect provider whose authorization endpoint lives on another origin than its issuer.
    /// </summary>
    public List<Uri> FormActionOrigins { get; set; } = [];
}
