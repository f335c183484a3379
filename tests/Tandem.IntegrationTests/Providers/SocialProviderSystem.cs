using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Tandem.IntegrationTests.Providers;

/// <summary>
/// The stack with Google and Facebook enabled by configuration alone, as a deployment would enable them.
/// Neither provider is reachable from here, so the one thing they would be asked before a redirect,
/// Google's discovery document, is answered by <see cref="GoogleDiscoveryHandler"/>.
/// </summary>
public sealed class SocialProviderSystem : TandemSystem
{
    public const string GoogleClientId = "google-client-id.apps.googleusercontent.com";
    public const string FacebookClientId = "1234567890";

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["SignIn:Google:ClientId"] = GoogleClientId,
        ["SignIn:Google:ClientSecret"] = "google-secret",
        ["SignIn:Facebook:ClientId"] = FacebookClientId,
        ["SignIn:Facebook:ClientSecret"] = "facebook-secret",
    };

    protected override void ConfigureWebServices(IServiceCollection services) =>
        services.ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            // Only the sign-in client's outgoing calls are answered locally; the API client stays real.
            if (builder.Name?.Contains("OpenIddict", StringComparison.Ordinal) == true)
            {
                builder.PrimaryHandler = new GoogleDiscoveryHandler();
            }
        }));
}
