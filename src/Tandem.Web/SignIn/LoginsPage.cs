namespace Tandem.Web.SignIn;

/// <summary>
/// The sign-in methods page and the short codes it turns into a message after a change. Only a code and a
/// provider name travel in the address; the page words the message itself.
/// </summary>
internal static class LoginsPage
{
    public const string Path = "/account/logins";

    public const string LastLogin = "last_login";

    public const string NotFound = "not_found";

    public const string Unavailable = "unavailable";

    public static string WithMessage(string code, string provider) =>
        $"{Path}?done={Uri.EscapeDataString(code)}&provider={Uri.EscapeDataString(provider)}";

    public static string WithError(string code) => $"{Path}?error={Uri.EscapeDataString(code)}";

    /// <summary>What the page says after a change, or null for a code it does not know.</summary>
    public static string? DescribeDone(string? code, string providerName) => code switch
    {
        "linked" => $"{providerName} is linked: you can now sign in with it too.",
        "already" => $"That {providerName} account was already linked to yours; nothing changed.",
        "unlinked" => $"{providerName} is no longer linked: it cannot be used to sign in to this account.",
        _ => null,
    };

    /// <summary>Why the page refused a change, or null for a code it does not know.</summary>
    public static string? DescribeError(string? code) => code switch
    {
        LastLogin => "That is your only sign-in method, so it cannot be removed: you would have no way to " +
            "sign in. Link another method first.",
        NotFound => "That sign-in method is not linked to your account (it may have been removed already).",
        Unavailable => "The site's data service is unavailable, so nothing was changed. Please try again.",
        _ => null,
    };
}
