namespace Tandem.Web.SignIn;

/// <summary>The logging category for the sign-in and sign-out endpoints.</summary>
internal sealed class SignInFlow;
