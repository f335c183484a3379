using System.Globalization;

namespace Tandem.Testing;

/// <summary>
/// The settings that register the dev identity provider again under another name: a client registration
/// at the provider (its own client id and callback) and an OpenID Connect provider entry on the web server.
/// </summary>
internal static class ExtraDevProviders
{
    /// <summary>The provider's client 0 is the ordinary "dev" registration; extra ones follow it.</summary>
    public static Dictionary<string, string?> IdentitySettings(IReadOnlyList<string> names, string web)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < names.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"DevIdentity:Clients:{i + 1}:");
            settings[prefix + "ClientId"] = ClientId(names[i]);
            settings[prefix + "ClientSecret"] = TandemSystem.ClientSecret;
            settings[prefix + "DisplayName"] = "Tandem";
            settings[prefix + "RedirectUris:0"] = $"{web}/signin/callback/{names[i]}";
            settings[prefix + "PostLogoutRedirectUris:0"] = $"{web}/";
        }

        return settings;
    }

    public static Dictionary<string, string?> WebSettings(IReadOnlyList<string> names, int identityPort)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var name in names)
        {
            var prefix = $"SignIn:Oidc:{name}:";
            settings[prefix + "Authority"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{identityPort}/");
            settings[prefix + "ClientId"] = ClientId(name);
            settings[prefix + "ClientSecret"] = TandemSystem.ClientSecret;
            settings[prefix + "DisplayName"] = DisplayName(name);
        }

        return settings;
    }

    /// <summary>What the sign-in and linking buttons call the provider registered as <paramref name="name"/>.</summary>
    public static string DisplayName(string name) => "Second dev provider " + name;

    private static string ClientId(string name) => "tandem-web-" + name;
}
