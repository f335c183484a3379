namespace Tandem.DevIdentity.SignIn;

/// <summary>The cookie that remembers who is signed in here between authorization requests.</summary>
internal static class ProviderCookie
{
    public const string Scheme = "DevIdentity.Cookie";

    // Browsers ignore the port when matching cookies, so on localhost this cookie sits beside Tandem.Web's;
    // names of its own keep the two servers from overwriting each other.
    public const string Name = "tandem-dev-identity";

    public const string AntiforgeryName = "tandem-dev-identity-antiforgery";
}
