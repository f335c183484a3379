using Tandem.Web.SignIn;

namespace Tandem.Web.Security;

/// <summary>
/// The Content-Security-Policy every page is sent with. Pages run no inline script or style, so scripts
/// and styles come only from this origin; a JSON-LD block is data, never executed, and needs no exception.
/// </summary>
internal sealed class ContentSecurityPolicy
{
    // Where the built-in providers' authorization endpoints live (OpenIddict's web providers send the
    // browser to these hosts; they are fixed by each provider, not by configuration).
    private static readonly Uri Google = new("https://accounts.google.com/");
    private static readonly Uri Facebook = new("https://www.facebook.com/");
    private static readonly Uri GitHub = new("https://github.com/");

    private ContentSecurityPolicy(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// The policy for this configuration. Starting a sign-in posts a form to this site, which redirects the
    /// browser to the provider's authorization endpoint, and Chromium checks form-action against every
    /// redirect of a form submission; so each provider's origin is listed too.
    /// </summary>
    /// <remarks>
    /// An OpenID Connect provider is listed by the origin of its issuer, because the authorization endpoint is
    /// only known from its discovery document, which may not be reachable when this server starts. A
    /// provider whose endpoint is elsewhere needs that origin under Security:FormActionOrigins.
    /// </remarks>
    public static ContentSecurityPolicy For(SignInOptions signIn, SecurityOptions security)
    {
        var origins = new List<Uri>();
        if (signIn.Google.IsConfigured)
        {
            origins.Add(Google);
        }

        if (signIn.Facebook.IsConfigured)
        {
            origins.Add(Facebook);
        }

        if (signIn.GitHub.IsConfigured)
        {
            origins.Add(GitHub);
        }

        origins.AddRange(signIn.Oidc.Values.Select(p => p.Authority).OfType<Uri>());
        origins.AddRange(security.FormActionOrigins);

        var formAction = string.Join(' ', origins
            .Where(uri => uri.IsAbsoluteUri)
            .Select(uri => uri.GetLeftPart(UriPartial.Authority))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Prepend("'self'"));

        // base-uri is 'self' rather than 'none' because the layout sets <base href="/">, which relative
        // asset paths depend on; an injected <base> pointing elsewhere is still refused.
        return new ContentSecurityPolicy(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
            "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action " + formAction);
    }
}
