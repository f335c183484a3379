namespace Tandem.Web.SignIn;

/// <summary>
/// Keeps sign-in redirects on this site. Only a path on this origin is accepted: "//host" and "/\host"
/// are protocol-relative to another host in browsers, and anything with a scheme leaves the site.
/// </summary>
internal static class LocalReturnUrl
{
    public const string Home = "/";

    public static string Sanitize(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/')
        {
            return Home;
        }

        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
        {
            return Home;
        }

        // Control characters (tab, newline) are stripped by browsers, which can turn "/\t/host" into "//host".
        return returnUrl.Any(char.IsControl) || returnUrl.Length > 2048 ? Home : returnUrl;
    }
}
