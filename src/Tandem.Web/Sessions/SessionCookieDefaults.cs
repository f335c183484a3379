namespace Tandem.Web.Sessions;

internal static class SessionCookieDefaults
{
    public const string AuthenticationScheme = "TandemSession";
}
