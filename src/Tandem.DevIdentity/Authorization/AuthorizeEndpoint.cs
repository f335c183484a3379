using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Tandem.DevIdentity.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tandem.DevIdentity.Authorization;

/// <summary>
/// /connect/authorize: issues a code to whoever is signed in at the provider, and otherwise shows the
/// sign-in form. The form posts back here with the request's own parameters, so one POST both signs the
/// person in and answers the client with a redirect carrying the code.
/// </summary>
internal static class AuthorizeEndpoint
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        IOpenIddictApplicationManager applications,
        TimeProvider time,
        ILogger<AuthorizationLog> logger)
    {
        // OpenIddict trusts a redirect_uri only once the whole request is valid, so a request that fails
        // validation (unknown client or redirect_uri, no code_challenge, …) is answered here, not at the
        // client. Error pass-through brings it to this handler so a person sees a page, not a bare 400.
        if (context.GetOpenIddictServerResponse() is { Error: { } error } response)
        {
            AuthorizationLog.RequestRejected(logger, error, response.ErrorDescription);
            return ErrorResults.Page(error, response.ErrorDescription);
        }

        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict passed through a request it did not extract.");
        var page = new SignInPageRenderer(context, antiforgery, applications, request);

        if (context.Request.HasFormContentType
            && await context.Request.ReadFormAsync(context.RequestAborted) is var form
            && SignInForm.IsSubmittedIn(form))
        {
            var submitted = SignInForm.Read(form);
            return await SignInAsync(context, submitted, request, page, antiforgery, time, logger);
        }

        var signedIn = await context.AuthenticateAsync(ProviderCookie.Scheme);
        var person = signedIn is { Succeeded: true, Principal: { } principal }
            ? DevPerson.From(principal)
            : null;
        if (person is not null && !MustSignInAgain(request, person, time.GetUtcNow()))
        {
            return Authorize(person, request);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return ErrorResults.Forbid(Errors.LoginRequired, "Nobody is signed in at the dev provider.");
        }

        return await page.RenderAsync(SignInForm.Blank, NoErrors, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        SignInForm form,
        OpenIddictRequest request,
        SignInPageRenderer page,
        IAntiforgery antiforgery,
        TimeProvider time,
        ILogger logger)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            AuthorizationLog.AntiforgeryRejected(logger, request.ClientId);
            var expired = new Dictionary<string, string>
            {
                [SignInForm.FormKey] =
                    "This form has expired or did not come from this page. Please sign in again.",
            };
            return await page.RenderAsync(form, expired, StatusCodes.Status400BadRequest);
        }

        var errors = form.Validate();
        if (errors.Count > 0)
        {
            AuthorizationLog.SignInFormRejected(logger, request.ClientId, errors.Keys);
            return await page.RenderAsync(form, errors, StatusCodes.Status400BadRequest);
        }

        var person = form.ToPerson(time.GetUtcNow());
        await context.SignInAsync(ProviderCookie.Scheme, person.ToPrincipal());
        AuthorizationLog.SignedIn(logger, person.Subject, request.ClientId);

        return Authorize(person, request);
    }

    private static SignInHttpResult Authorize(DevPerson person, OpenIddictRequest request)
    {
        // Consent is implicit: every registered client is the developer's own application.
        var identity = OidcIdentity.For(person, request.GetScopes());

        return TypedResults.SignIn(
            new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // prompt=login and max_age both ask for a sign-in fresher than the one the cookie remembers
    // (OpenID Connect Core 1.0, section 3.1.2.1).
    private static bool MustSignInAgain(OpenIddictRequest request, DevPerson person, DateTimeOffset now) =>
        request.HasPromptValue(PromptValues.Login)
        || (request.MaxAge is { } maxAge && now - person.AuthenticatedAt > TimeSpan.FromSeconds(maxAge));
}
