using Microsoft.AspNetCore.Antiforgery;

namespace Tandem.DevIdentity.SignIn;

/// <summary>Everything the sign-in page shows.</summary>
/// <param name="Action">Where the forms post: the authorization endpoint itself.</param>
/// <param name="ClientName">The application the person is signing in to.</param>
/// <param name="RequestParameters">
/// The authorization request's parameters, posted back as hidden fields so the request resumes as sent.
/// </param>
/// <param name="Antiforgery">The token pair; the cookie half is already on the response.</param>
/// <param name="Form">The values to show in the fields.</param>
/// <param name="Errors">Messages keyed by field name, or <see cref="SignInForm.FormKey"/>.</param>
/// <remarks>Public because the Razor page that takes it is a public class.</remarks>
public sealed record SignInPageModel(
    string Action,
    string ClientName,
    IReadOnlyList<KeyValuePair<string, string>> RequestParameters,
    AntiforgeryTokenSet Antiforgery,
    SignInForm Form,
    IReadOnlyDictionary<string, string> Errors);
