namespace Tandem.Web.SignIn;

/// <summary>A standard OpenID Connect provider: Keycloak, Auth0, Entra ID, the dev provider, ….</summary>
public sealed class OidcProviderOptions
{
    /// <summary>The issuer; its discovery document is read from /.well-known/openid-configuration.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page.</summary>
    public string? DisplayName { get; set; }

    public List<string> Scopes { get; set; } = ["openid", "profile", "email"];
}
