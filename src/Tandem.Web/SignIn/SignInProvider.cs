namespace Tandem.Web.SignIn;

/// <summary>One way to sign in, as offered on the sign-in page.</summary>
/// <param name="Name">Lower-case name used in URLs and stored with each login, e.g. "google".</param>
/// <param name="DisplayName">What the button says.</param>
public sealed record SignInProvider(string Name, string DisplayName);
