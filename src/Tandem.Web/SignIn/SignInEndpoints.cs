using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Client.AspNetCore;
using Tandem.Data.Audit;
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

    private static Task<IResult> ChallengeAsync(
        string provider, [FromForm] string? returnUrl, HttpContext context, CancellationToken cancellationToken) =>
        ProviderChallenge.StartAsync(
            context, provider, LocalReturnUrl.Sanitize(returnUrl), link: null, SignInFailure.PageFor,
            cancellationToken);

    private static async Task<IResult> CallbackAsync(
        string provider,
        HttpContext context,
        SignInProviderCatalog catalog,
        SignInAudit audit,
        ILogger<SignInFlow> logger)
    {
        var cancellationToken = context.RequestAborted;
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var link = LinkIntent.ReadFrom(result.Properties);
        var knownProvider = catalog.Contains(provider) ? provider : null;

        if (result is not { Succeeded: true, Principal: { } principal })
        {
            var error = FailureCode(context, result);
            LogSignInFailed(logger, error, FailureDescription(context, result));
            await audit.RecordAsync(
                context, AuditEventKinds.SignInFailed, link?.UserId, knownProvider, error, cancellationToken);
            return Results.Redirect(FailurePage(link, error));
        }

        var providerName = principal.FindFirstValue(Claims.Private.ProviderName);
        var identity = providerName is null ? null : ExternalIdentity.From(principal, providerName);
        if (identity is null)
        {
            LogSignInFailed(logger, SignInFailure.NoSubject, "The provider's answer named no subject.");
            await audit.RecordAsync(
                context, AuditEventKinds.SignInFailed, link?.UserId, knownProvider, SignInFailure.NoSubject,
                cancellationToken);
            return Results.Redirect(FailurePage(link, SignInFailure.NoSubject));
        }

        return link is null
            ? await SignInAsync(context, identity, result, audit, logger)
            : await LinkAsync(context, identity, link, audit);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, ExternalIdentity identity, AuthenticateResult result, SignInAudit audit, ILogger logger)
    {
        var cancellationToken = context.RequestAborted;
        var sessions = context.RequestServices.GetRequiredService<SessionStore>();
        var users = context.RequestServices.GetRequiredService<UserProvisioning>();

        // A sign-in always starts a new session, so a session id planted before sign-in is worthless.
        if (await context.AuthenticateAsync(SessionCookieDefaults.AuthenticationScheme) is { Principal: { } previous }
            && previous.GetSessionId() is { } previousSessionId)
        {
            await sessions.RevokeAsync(previousSessionId, cancellationToken);
        }

        var (user, outcome) = await users.FindOrCreateAsync(identity, cancellationToken);
        if (outcome == ProvisioningOutcome.LinkedByEmail)
        {
            await audit.RecordAsync(
                context, AuditEventKinds.LoginLinked, user.Id, identity.Provider, "verified-email", cancellationToken);
        }

        var session = await sessions.CreateAsync(
            user.Id,
            identity.Provider,
            context.Request.Headers.UserAgent.ToString(),
            context.Connection.RemoteIpAddress?.ToString(),
            cancellationToken);

        await context.SignInAsync(
            SessionCookieDefaults.AuthenticationScheme,
            SessionClaims.Create(session.Id, user.Id, user.DisplayName),
            new AuthenticationProperties { IsPersistent = true, ExpiresUtc = session.ExpiresAt });

        await audit.RecordAsync(context, AuditEventKinds.SignedIn, user.Id, identity.Provider, null, cancellationToken);
        LogSignedIn(logger, user.Id, identity.Provider);
        return Results.Redirect(LocalReturnUrl.Sanitize(result.Properties?.RedirectUri));
    }

    private static async Task<IResult> LinkAsync(
        HttpContext context, ExternalIdentity identity, LinkIntent link, SignInAudit audit)
    {
        var cancellationToken = context.RequestAborted;
        var linking = context.RequestServices.GetRequiredService<LoginLinking>();

        // The session cookie's own check (live session) runs here too; a rejected cookie yields no id.
        var current = await context.AuthenticateAsync(SessionCookieDefaults.AuthenticationScheme);
        var outcome = await linking.LinkAsync(link, current.Principal?.GetSessionId(), identity, cancellationToken);

        switch (outcome)
        {
            case LinkOutcome.Linked:
                await audit.RecordAsync(
                    context, AuditEventKinds.LoginLinked, link.UserId, identity.Provider, "signed-in",
                    cancellationToken);
                return Results.Redirect(LoginsPage.WithMessage("linked", identity.Provider));
            case LinkOutcome.AlreadyLinked:
                return Results.Redirect(LoginsPage.WithMessage("already", identity.Provider));
            case LinkOutcome.LinkedToAnotherUser:
                // Which account owns it stays unsaid, here as on the page the person is sent to.
                await audit.RecordAsync(
                    context, AuditEventKinds.LoginLinkRefused, link.UserId, identity.Provider,
                    LinkFailure.AnotherUsersLogin, cancellationToken);
                return Results.Redirect(LinkFailure.PageFor(LinkFailure.LinkedToAnotherUser));
            default:
                return Results.Redirect(LinkFailure.PageFor(LinkFailure.SessionChanged));
        }
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context,
        SessionStore sessions,
        SignInAudit audit,
        IAntiforgery antiforgery,
        ILogger<SignInFlow> logger)
    {
        // Without this check any site could sign a visitor out with a hidden form.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.GetSessionId() is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, context.RequestAborted);
            var provider = await audit.ProviderOfSessionAsync(sessionId, context.RequestAborted);
            await audit.RecordAsync(
                context, AuditEventKinds.SignedOut, SessionUserId.Of(context.User), provider, null,
                context.RequestAborted);
            LogSignedOut(logger);
        }

        await context.SignOutAsync(SessionCookieDefaults.AuthenticationScheme);
        return Results.Redirect(LocalReturnUrl.Home);
    }

    /// <summary>A failed link is explained beside the sign-in methods, a failed sign-in beside sign-in.</summary>
    private static string FailurePage(LinkIntent? link, string error) =>
        link is null ? SignInFailure.PageFor(error) : LinkFailure.PageFor(error);

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

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "A session signed out")]
    private static partial void LogSignedOut(ILogger logger);
}
