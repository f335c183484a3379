namespace Tandem.Web.SignIn;

/// <summary>Why a sign-in did not complete, in words a person can act on.</summary>
internal static class SignInFailure
{
    public const string UnknownProvider = "unknown_provider";

    public const string NoSubject = "no_subject";

    public const string Incomplete = "incomplete";

    public const string ProviderUnreachable = "provider_unreachable";

    public static string PageFor(string error) => "/signin/failed?error=" + Uri.EscapeDataString(error);

    /// <summary>Only known codes get their own words; the code itself is never echoed as a message.</summary>
    public static string Describe(string? error) => error switch
    {
        "access_denied" => "The sign-in was cancelled, or the provider did not grant access.",
        "invalid_request" or Incomplete =>
            "The sign-in could not be completed: the request that came back was not one this browser started, " +
            "or it expired. This happens when a sign-in page is left open too long or reloaded.",
        "server_error" or "temporarily_unavailable" => "The sign-in provider had a problem. Please try again in a moment.",
        ProviderUnreachable => "The sign-in provider could not be reached. Please try again in a moment.",
        UnknownProvider => "That sign-in method is not available on this site.",
        NoSubject => "The provider did not say who you are, so no account could be opened.",
        _ => "The sign-in could not be completed.",
    };
}
