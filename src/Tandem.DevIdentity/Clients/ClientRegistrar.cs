using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Clients;

/// <summary>Registers the configured clients in the (always new) in-memory store at start-up.</summary>
internal sealed partial class ClientRegistrar(
    IServiceScopeFactory scopes, IOptions<DevIdentityOptions> options, ILogger<ClientRegistrar> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

        foreach (var client in options.Value.Clients)
        {
            await applications.CreateAsync(Describe(client), cancellationToken);
            LogClientRegistered(logger, client.ClientId!, client.RedirectUris);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor Describe(ClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            // Consent is skipped: the person signing in here is made up by the developer anyway.
            ConsentType = ConsentTypes.Implicit,
            DisplayName = string.IsNullOrWhiteSpace(client.DisplayName)
                ? client.ClientId
                : client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };

        // The validator has already checked that each of these is an absolute http(s) URL.
        descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(uri => new Uri(uri)));
        descriptor.PostLogoutRedirectUris.UnionWith(
            client.PostLogoutRedirectUris.Select(uri => new Uri(uri)));

        return descriptor;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Registered client {ClientId} with redirect URIs {RedirectUris}")]
    private static partial void LogClientRegistered(
        ILogger logger, string clientId, IEnumerable<string> redirectUris);
}
