using Microsoft.AspNetCore.Authentication;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.Web.SignIn;

/// <summary>
/// Sends the browser to a provider, for a sign-in or, with a <see cref="LinkIntent"/>, to add that provider
/// to the signed-in user. Both come back through the same callback.
/// </summary>
internal static partial class ProviderChallenge
{
    /// <summary>
    /// The challenge, or a redirect to <paramref name="failurePage"/> with the reason it cannot start.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpContext context,
        string provider,
        string redirectUri,
        LinkIntent? link,
        Func<string, string> failurePage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(failurePage);

        var services = context.RequestServices;
        var audit = services.GetRequiredService<SignInAudit>();
        if (!services.GetRequiredService<SignInProviderCatalog>().Contains(provider))
        {
            // The name came from the URL, so it is not stored as a provider.
            await audit.RecordAsync(context, Data.Audit.AuditEventKinds.SignInFailed, link?.UserId, null,
                SignInFailure.UnknownProvider, cancellationToken);
            return Results.Redirect(failurePage(SignInFailure.UnknownProvider));
        }

        // Resolved only here: with no provider configured, the OpenID Connect client is not registered.
        var client = services.GetRequiredService<OpenIddictClientService>();
        var logger = services.GetRequiredService<ILogger<SignInFlow>>();

        // The challenge needs the provider's metadata. Fetching it here first (it is cached afterwards) turns
        // an unreachable provider into a page that says so, where OpenIddict would answer a bare 400.
        if (!await ProviderIsReachableAsync(client, provider, logger, cancellationToken))
        {
            await audit.RecordAsync(context, Data.Audit.AuditEventKinds.SignInFailed, link?.UserId, provider,
                SignInFailure.ProviderUnreachable, cancellationToken);
            return Results.Redirect(failurePage(SignInFailure.ProviderUnreachable));
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider,
        })
        {
            RedirectUri = redirectUri,
        };

        if (link is not null)
        {
            link.WriteTo(properties);

            // Ask the provider to show its sign-in page even when it remembers someone: the person picks
            // the account to add on purpose, not whichever one happens to be signed in there
            // (OpenID Connect Core 1.0, section 3.1.2.1).
            properties.SetParameter(Parameters.Prompt, PromptValues.Login);
        }

        return Results.Challenge(properties, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<bool> ProviderIsReachableAsync(
        OpenIddictClientService client, string provider, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var registration = await client.GetClientRegistrationByProviderNameAsync(provider, cancellationToken);
            if (registration.ConfigurationManager is { } configuration)
            {
                await configuration.GetConfigurationAsync(cancellationToken);
            }

            return true;
        }
        catch (InvalidOperationException exception)
        {
            // IdentityModel's configuration manager reports every retrieval failure (network, HTTP status,
            // malformed document) as an InvalidOperationException that wraps the cause.
            LogProviderUnreachable(logger, provider, exception);
            return false;
        }
    }

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "The sign-in provider {Provider} could not be reached")]
    private static partial void LogProviderUnreachable(ILogger logger, string provider, Exception exception);
}
