namespace Tandem.Web.SignIn;

/// <summary>
/// The sign-in providers, bound from the <c>SignIn</c> section. A provider is offered only when its
/// client id and secret are set, so a deployment enables Google by configuration alone.
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "SignIn";

    public SocialProviderOptions Google { get; set; } = new();

    public SocialProviderOptions Facebook { get; set; } = new();

    public SocialProviderOptions GitHub { get; set; } = new();

    /// <summary>Any standard OpenID Connect provider, keyed by the name used in its callback path.</summary>
    public Dictionary<string, OidcProviderOptions> Oidc { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Lets sign-in callbacks run over plain HTTP outside Development, for a whole stack on one machine
    /// (the benchmark runs the servers in Production on 127.0.0.1). Refused at start-up unless every
    /// configured origin is a loopback address; see <see cref="InsecureHttpGuard"/>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    public bool HasAnyProvider =>
        Google.IsConfigured || Facebook.IsConfigured || GitHub.IsConfigured || Oidc.Count > 0;
}
