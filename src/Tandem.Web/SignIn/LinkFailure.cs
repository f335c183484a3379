namespace Tandem.Web.SignIn;

/// <summary>Why adding a sign-in method did not happen, in words a person can act on.</summary>
internal static class LinkFailure
{
    public const string LinkedToAnotherUser = "linked_to_another_user";

    public const string SessionChanged = "session_changed";

    public const string PagePath = "/account/logins/failed";

    /// <summary>The audit row's detail when a link is refused because the login is somebody else's.</summary>
    public const string AnotherUsersLogin = "Already linked to a different Tandem account";

    public static string PageFor(string error) => PagePath + "?error=" + Uri.EscapeDataString(error);

    /// <summary>Only known codes get their own words; the code itself is never echoed as a message.</summary>
    public static string Describe(string? error) => error switch
    {
        LinkedToAnotherUser =>
            "That account is already linked to a different Tandem account, so it was not added to yours. " +
            "Sign in with it to reach that account, or unlink it there first.",
        SessionChanged =>
            "The sign-in method was not added: you signed out, or signed in again, before the provider " +
            "sent you back. Sign in and try again from your sign-in methods page.",
        _ => SignInFailure.Describe(error),
    };
}
