using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using Tandem.DevIdentity.SignIn;

namespace Tandem.DevIdentity.Authorization;

/// <summary>Renders the sign-in page for one authorization request, with that request in its forms.</summary>
internal sealed class SignInPageRenderer(
    HttpContext context,
    IAntiforgery antiforgery,
    IOpenIddictApplicationManager applications,
    OpenIddictRequest request)
{
    public async Task<RazorComponentResult> RenderAsync(
        SignInForm form, IReadOnlyDictionary<string, string> errors, int statusCode)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);

        var model = new SignInPageModel(
            Action: context.Request.PathBase + "/" + ConnectEndpoints.AuthorizeUri,
            ClientName: await ClientNameAsync(),
            RequestParameters: RequestParameters(tokens.FormFieldName),
            Antiforgery: tokens,
            Form: form,
            Errors: errors);

        return new RazorComponentResult<SignInPage>(new Dictionary<string, object?>
        {
            [nameof(SignInPage.Model)] = model,
        })
        {
            StatusCode = statusCode,
        };
    }

    private async Task<string> ClientNameAsync()
    {
        // OpenIddict has already checked that the client exists before passing the request through.
        var clientId = request.ClientId!;
        var application = await applications.FindByClientIdAsync(clientId, context.RequestAborted);
        if (application is null)
        {
            return clientId;
        }

        return await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? clientId;
    }

    /// <summary>
    /// The parameters exactly as the client sent them (query string on GET, form on POST), minus the
    /// sign-in fields and the anti-forgery token, which each rendering adds afresh.
    /// </summary>
    private List<KeyValuePair<string, string>> RequestParameters(string antiforgeryField)
    {
        IEnumerable<KeyValuePair<string, StringValues>> source =
            context.Request.HasFormContentType ? context.Request.Form : context.Request.Query;

        return source
            .Where(parameter => !SignInForm.IsOwnField(parameter.Key)
                && !string.Equals(parameter.Key, antiforgeryField, StringComparison.Ordinal))
            .SelectMany(parameter => parameter.Value
                .Select(value => KeyValuePair.Create(parameter.Key, value ?? string.Empty)))
            .ToList();
    }
}
