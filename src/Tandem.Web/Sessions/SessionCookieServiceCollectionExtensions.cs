using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Tandem.Data;

namespace Tandem.Web.Sessions;

internal static class SessionCookieServiceCollectionExtensions
{
    /// <summary>
    /// The browser holds one cookie: an encrypted ticket naming the session. It never holds a JWT. Every
    /// request checks that the session is still live, so a session ended elsewhere signs this browser out.
    /// </summary>
    public static IServiceCollection AddTandemSessions(
        this IServiceCollection services, IConfiguration configuration, bool publicOriginIsHttps)
    {
        services.AddOptions<SessionOptions>()
            .Bind(configuration.GetSection(SessionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One read of the session row per request, shared by the cookie check and the token issuer.
        services.AddScoped<RequestSessionRow>();

        // The key ring is shared through the database so that any web instance can read any cookie.
        services.AddDataProtection()
            .SetApplicationName("Tandem")
            .PersistKeysToDbContext<TandemDbContext>();

        services.AddAuthentication(SessionCookieDefaults.AuthenticationScheme)
            .AddCookie(SessionCookieDefaults.AuthenticationScheme);

        services.AddOptions<CookieAuthenticationOptions>(SessionCookieDefaults.AuthenticationScheme)
            .Configure<IOptions<SessionOptions>>((cookie, sessions) =>
            {
                // Under HTTPS the __Host- prefix makes browsers refuse the cookie unless it is Secure,
                // host-only and path=/, so no subdomain can plant or read it.
                cookie.Cookie.Name = publicOriginIsHttps ? "__Host-" + sessions.Value.CookieName : sessions.Value.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.Path = "/";
                cookie.Cookie.SecurePolicy = publicOriginIsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = sessions.Value.AbsoluteLifetime;
                cookie.SlidingExpiration = false;
                cookie.LoginPath = "/signin";
                cookie.AccessDeniedPath = "/signin";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
            });

        return services;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.GetSessionId();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();

        if (sessionId is null || !await sessions.TouchIfLiveAsync(sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SessionCookieDefaults.AuthenticationScheme);
        }
    }
}
