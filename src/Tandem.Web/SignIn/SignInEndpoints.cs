using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using Tandem.Web.Sessions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.Web.SignIn;

internal static partial class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        // Starting a sign-in is a form post with an anti-forgery token, so no other site can start one
        // on the visitor's behalf.
        app.MapPost("/signin/{provider}", ChallengeAsync);
        if (app.ServiceProvider.GetRequiredService<SignInProviderCatalog>().Providers.Count > 0)
        {
            app.MapMethods("/" + SignInServiceCollectionExtensions.CallbackPathPrefix + "{provider}", ["GET", "POST"], CallbackAsync)
                .DisableAntiforgery();
        }

        app.MapPost("/signout", SignOutAsync);

        return app;
    }

    private static async Task<IResult> ChallengeAsync(
        string provider,
        [FromForm] string? returnUrl,
        SignInProviderCatalog catalog,
        IServiceProvider services,
        ILogger<SignInFlow> logger,
        CancellationToken cancellationToken)
    {
        if (!catalog.Contains(provider))
        {
            return Results.Redirect(SignInFailure.PageFor(SignInFailure.UnknownProvider));
        }

        // Resolved only here: with no provider configured, the OpenID Connect client is not registered.
        var client = services.GetRequiredService<OpenIddictClientService>();

        // The challenge needs the provider's metadata. Fetching it here first (it is cached afterwards) turns
        // an unreachable provider into a page that says so, where OpenIddict would answer a bare 400.
        if (!await ProviderIsReachableAsync(client, provider, logger, cancellationToken))
        {
            return Results.Redirect(SignInFailure.PageFor(SignInFailure.ProviderUnreachable));
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider,
        })
        {
            RedirectUri = LocalReturnUrl.Sanitize(returnUrl),
        };

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

    private static async Task<IResult> CallbackAsync(
        HttpContext context, UserProvisioning users, SessionStore sessions, ILogger<SignInFlow> logger)
    {
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (result is not { Succeeded: true, Principal: { } principal })
        {
            var error = FailureCode(context, result);
            LogSignInFailed(logger, error, FailureDescription(context, result));
            return Results.Redirect(SignInFailure.PageFor(error));
        }

        var provider = principal.FindFirstValue(Claims.Private.ProviderName);
        var identity = provider is null ? null : ExternalIdentity.From(principal, provider);
        if (identity is null)
        {
            LogSignInFailed(logger, SignInFailure.NoSubject, "The provider's answer named no subject.");
            return Results.Redirect(SignInFailure.PageFor(SignInFailure.NoSubject));
        }

        // A sign-in always starts a new session, so a session id planted before sign-in is worthless.
        if (await context.AuthenticateAsync(SessionCookieDefaults.AuthenticationScheme) is { Principal: { } previous }
            && previous.GetSessionId() is { } previousSessionId)
        {
            await sessions.RevokeAsync(previousSessionId, context.RequestAborted);
        }

        var user = await users.FindOrCreateAsync(identity, context.RequestAborted);
        var session = await sessions.CreateAsync(
            user.Id,
            identity.Provider,
            context.Request.Headers.UserAgent.ToString(),
            context.Connection.RemoteIpAddress?.ToString(),
            context.RequestAborted);

        await context.SignInAsync(
            SessionCookieDefaults.AuthenticationScheme,
            SessionClaims.Create(session.Id, user.Id, user.DisplayName),
            new AuthenticationProperties { IsPersistent = true, ExpiresUtc = session.ExpiresAt });

        LogSignedIn(logger, user.Id, identity.Provider);
        return Results.Redirect(LocalReturnUrl.Sanitize(result.Properties?.RedirectUri));
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context, SessionStore sessions, IAntiforgery antiforgery, ILogger<SignInFlow> logger)
    {
        // Without this check any site could sign a visitor out with a hidden form.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.GetSessionId() is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, context.RequestAborted);
            LogSignedOut(logger);
        }

        await context.SignOutAsync(SessionCookieDefaults.AuthenticationScheme);
        return Results.Redirect(LocalReturnUrl.Home);
    }

    private static string? FailureDescription(HttpContext context, AuthenticateResult result)
    {
        string? description = null;
        result.Properties?.Items.TryGetValue(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription, out description);
        return description ?? context.GetOpenIddictClientResponse()?.ErrorDescription ?? result.Failure?.Message;
    }

    private static string FailureCode(HttpContext context, AuthenticateResult result)
    {
        string? error = null;
        result.Properties?.Items.TryGetValue(OpenIddictClientAspNetCoreConstants.Properties.Error, out error);
        error ??= context.GetOpenIddictClientResponse()?.Error;

        return string.IsNullOrEmpty(error) ? SignInFailure.Incomplete : error;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "User {UserId} signed in with {Provider}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId, string provider);

    // The description comes from OpenIddict or the provider and never contains a token or a code.
    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "A sign-in failed: {Error} ({Description})")]
    private static partial void LogSignInFailed(ILogger logger, string error, string? description);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "The sign-in provider {Provider} could not be reached")]
    private static partial void LogProviderUnreachable(ILogger logger, string provider, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "A session signed out")]
    private static partial void LogSignedOut(ILogger logger);
}
