using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tandem.DevIdentity.SignIn;

internal static class SignInServiceCollectionExtensions
{
    /// <summary>Adds the provider's own sign-in: a cookie, anti-forgery for the form, the pages.</summary>
    public static IServiceCollection AddDevIdentitySignIn(this IServiceCollection services)
    {
        services.AddAuthentication(ProviderCookie.Scheme)
            .AddCookie(ProviderCookie.Scheme, options =>
            {
                options.Cookie.Name = ProviderCookie.Name;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });

        services.AddAntiforgery(options => options.Cookie.Name = ProviderCookie.AntiforgeryName);

        // Cookies and form tokens only need to outlive the process, like everything else here; keys kept
        // in memory also leave nothing unencrypted on the developer's disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // Pages are rendered statically as RazorComponentResult; nothing here is interactive.
        services.AddRazorComponents();

        services.TryAddSingleton(TimeProvider.System);

        return services;
    }
}
