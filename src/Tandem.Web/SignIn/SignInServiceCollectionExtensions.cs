using System.Text.RegularExpressions;
using OpenIddict.Client;
using Tandem.Data;
using Tandem.Web.Sessions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.Web.SignIn;

internal static partial class SignInServiceCollectionExtensions
{
    public const string CallbackPathPrefix = "signin/callback/";

    /// <summary>
    /// Adds the OpenID Connect / OAuth client for every configured provider, plus the user and session
    /// services that turn a provider's answer into a Tandem session.
    /// </summary>
    public static IServiceCollection AddTandemSignIn(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>() ?? new SignInOptions();
        if (options.AllowInsecureHttp)
        {
            InsecureHttpGuard.ThrowUnlessLoopback(configuration, options);
        }

        var providers = new List<SignInProvider>();
        services.AddSingleton(new SignInProviderCatalog(providers));
        services.AddScoped<UserProvisioning>();
        services.AddScoped<LoginLinking>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<SessionStore>();

        // A site may run with no way to sign in yet (the sign-in page then says how to add one); OpenIddict's
        // client refuses to start without a provider, so it is only added once one is configured.
        if (!options.HasAnyProvider)
        {
            return services;
        }

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<TandemDbContext>())
            .AddClient(client =>
            {
                client.AllowAuthorizationCodeFlow();

                // State tokens are protected with Data Protection, whose key ring lives in the shared
                // database, so a flow started on one web instance can finish on another. The ephemeral
                // keys below are required by OpenIddict but sign nothing that outlives the process.
                client.UseDataProtection();
                client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();

                var aspNetCore = client.UseAspNetCore()
                    .EnableRedirectionEndpointPassthrough()
                    .EnableErrorPassthrough();

                // Plain HTTP is allowed only in Development, where everything runs on localhost, or
                // when SignIn:AllowInsecureHttp opts in and every origin is loopback.
                if (environment.IsDevelopment() || options.AllowInsecureHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                client.UseSystemNetHttp().SetProductInformation(typeof(SignInServiceCollectionExtensions).Assembly);

                AddSocialProviders(client, options, providers);
                AddOidcProviders(client, options, providers);
            });

        return services;
    }

    private static void AddSocialProviders(
        OpenIddictClientBuilder client, SignInOptions options, List<SignInProvider> providers)
    {
        var web = client.UseWebProviders();

        if (options.Google.IsConfigured)
        {
            web.AddGoogle(google => google
                .SetClientId(options.Google.ClientId!)
                .SetClientSecret(options.Google.ClientSecret!)
                .SetProviderName("google")
                .SetRedirectUri(CallbackPathPrefix + "google")
                .AddScopes(Scopes.Email, Scopes.Profile));
            providers.Add(new SignInProvider("google", "Google"));
        }

        if (options.Facebook.IsConfigured)
        {
            web.AddFacebook(facebook => facebook
                .SetClientId(options.Facebook.ClientId!)
                .SetClientSecret(options.Facebook.ClientSecret!)
                .SetProviderName("facebook")
                .SetRedirectUri(CallbackPathPrefix + "facebook")
                .AddScopes(Scopes.Email, "public_profile"));
            providers.Add(new SignInProvider("facebook", "Facebook"));
        }

        if (options.GitHub.IsConfigured)
        {
            web.AddGitHub(github => github
                .SetClientId(options.GitHub.ClientId!)
                .SetClientSecret(options.GitHub.ClientSecret!)
                .SetProviderName("github")
                .SetRedirectUri(CallbackPathPrefix + "github")
                .AddScopes("read:user", "user:email"));
            providers.Add(new SignInProvider("github", "GitHub"));
        }
    }

    private static void AddOidcProviders(
        OpenIddictClientBuilder client, SignInOptions options, List<SignInProvider> providers)
    {
        foreach (var (key, provider) in options.Oidc)
        {
            var name = key.ToLowerInvariant();
            Validate(name, provider);

            var registration = new OpenIddictClientRegistration
            {
                Issuer = provider.Authority,
                ProviderName = name,
                ProviderDisplayName = provider.DisplayName ?? key,
                ClientId = provider.ClientId,
                ClientSecret = provider.ClientSecret,
                RedirectUri = new Uri(CallbackPathPrefix + name, UriKind.Relative),
            };
            registration.Scopes.UnionWith(provider.Scopes);

            client.AddRegistration(registration);
            providers.Add(new SignInProvider(name, registration.ProviderDisplayName));
        }
    }

    private static void Validate(string name, OidcProviderOptions provider)
    {
        if (!ProviderNamePattern().IsMatch(name) || name is "google" or "facebook" or "github")
        {
            throw new InvalidOperationException(
                $"SignIn:Oidc:{name} is not a usable provider name. Use lower-case letters, digits and dashes, " +
                "and not the name of a built-in provider (google, facebook, github).");
        }

        if (provider.Authority is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException(
                $"SignIn:Oidc:{name}:Authority must be the provider's absolute issuer URL, e.g. https://login.example.com/.");
        }

        if (string.IsNullOrWhiteSpace(provider.ClientId) || string.IsNullOrWhiteSpace(provider.ClientSecret))
        {
            throw new InvalidOperationException(
                $"SignIn:Oidc:{name} needs ClientId and ClientSecret; set them with user-secrets or environment " +
                $"variables (SignIn__Oidc__{name}__ClientId, SignIn__Oidc__{name}__ClientSecret).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ProviderNamePattern();
}
