using Tandem.Web.SignIn;

namespace Tandem.Web.Security;

internal static class SecurityHeadersExtensions
{
    // One year, the value browsers' preload lists expect. Subdomains are left out: this site cannot know
    // whether other hosts under its domain serve HTTPS.
    private const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>
    /// Computes the headers once at start-up. HSTS is added only when the public origin (Jwt:Issuer) is
    /// HTTPS, never for a plain-HTTP loopback site: a browser remembers it for a year, for the whole host.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(
        this IServiceCollection services, IConfiguration configuration, bool publicOriginIsHttps)
    {
        var signIn = configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>() ?? new SignInOptions();
        var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>()
            ?? new SecurityOptions();
        var policy = ContentSecurityPolicy.For(signIn, security);

        var headers = new List<KeyValuePair<string, string>>
        {
            new("Content-Security-Policy", policy.Value),
            new("X-Content-Type-Options", "nosniff"),
            new("Referrer-Policy", "strict-origin-when-cross-origin"),

            // For browsers that predate CSP's frame-ancestors.
            new("X-Frame-Options", "DENY"),
        };
        if (publicOriginIsHttps)
        {
            headers.Add(new("Strict-Transport-Security", StrictTransportSecurity));
        }

        services.AddSingleton(new SecurityHeaders(headers));
        return services;
    }

    /// <summary>
    /// Sets the headers as each response starts, so they reach every response: pages, static files,
    /// redirects, error pages (the exception handler clears headers set earlier) and refusals.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var headers = app.ApplicationServices.GetRequiredService<SecurityHeaders>();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(headers.ApplyTo, context.Response);
            return next(context);
        });
    }
}
