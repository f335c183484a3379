using Microsoft.AspNetCore.Antiforgery;
using Tandem.Web.ApiClient;
using Tandem.Web.Sessions;
using Tandem.Web.SignIn;
using Tandem.Web.Tokens;

namespace Tandem.Web.Logins;

/// <summary>
/// The form posts of the sign-in methods page: add a provider (a provider flow marked as a link) and remove
/// one (through the API, which refuses to remove the last). Each answers with a redirect back to the page.
/// </summary>
internal static class LoginsEndpoints
{
    public static IEndpointRouteBuilder MapLogins(this IEndpointRouteBuilder app)
    {
        var logins = app.MapGroup(LoginsPage.Path).RequireAuthorization();

        logins.MapPost("/link/{provider}", LinkAsync);
        logins.MapPost("/{id:long}/unlink", UnlinkAsync);

        return app;
    }

    private static async Task<IResult> LinkAsync(string provider, HttpContext context, IAntiforgery antiforgery)
    {
        // Without this check another site could make a signed-in visitor link an account of its choosing.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.GetSessionId() is not { } sessionId || SessionUserId.Of(context.User) is not { } userId)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(LoginsPage.Path));
        }

        var intent = LinkIntent.For(userId, sessionId);
        return await ProviderChallenge.StartAsync(
            context, provider, LoginsPage.Path, intent, LinkFailure.PageFor, context.RequestAborted);
    }

    private static async Task<IResult> UnlinkAsync(
        long id, HttpContext context, IAntiforgery antiforgery, SessionTokenIssuer tokens, TandemApiClient api)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var token = context.User.GetSessionId() is { } sessionId
            ? await tokens.GetTokenAsync(sessionId, context.RequestAborted)
            : null;
        if (token is null)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(LoginsPage.Path));
        }

        ApiWriteResult<LoginInfo> result;
        try
        {
            result = await api.UnlinkLoginAsync(token, id, context.RequestAborted);
        }
        catch (ApiUnavailableException)
        {
            return Results.Redirect(LoginsPage.WithError(LoginsPage.Unavailable));
        }

        return result switch
        {
            { Outcome: ApiWriteOutcome.Done, Value: { } login } =>
                Results.Redirect(LoginsPage.WithMessage("unlinked", login.Provider)),
            { Outcome: ApiWriteOutcome.Conflict } => Results.Redirect(LoginsPage.WithError(LoginsPage.LastLogin)),
            { Outcome: ApiWriteOutcome.NotFound } => Results.Redirect(LoginsPage.WithError(LoginsPage.NotFound)),
            _ => Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(LoginsPage.Path)),
        };
    }
}
