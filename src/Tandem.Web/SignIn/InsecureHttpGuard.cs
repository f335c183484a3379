using Tandem.Web.Tokens;

namespace Tandem.Web.SignIn;

/// <summary>
/// Checks that <see cref="SignInOptions.AllowInsecureHttp"/> can only take effect on a machine talking to
/// itself: outside loopback, plain HTTP would expose authorization codes and session cookies on the wire.
/// </summary>
internal static class InsecureHttpGuard
{
    private const string Setting = SignInOptions.SectionName + ":" + nameof(SignInOptions.AllowInsecureHttp);

    public static void ThrowUnlessLoopback(IConfiguration configuration, SignInOptions options)
    {
        var remote = ConfiguredOrigins(configuration, options)
            .Where(origin => !IsLoopback(origin.Value))
            .Select(origin => $"{origin.Key} ('{origin.Value}')")
            .ToList();

        if (remote.Count > 0)
        {
            throw new InvalidOperationException(
                $"{Setting} is true, which lets sign-in run over plain HTTP, so every origin must be a " +
                $"loopback address (localhost, 127.0.0.1, ::1). Not loopback: {string.Join(", ", remote)}. " +
                $"Serve the site over HTTPS and remove {Setting}, or bind everything to loopback.");
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> ConfiguredOrigins(
        IConfiguration configuration, SignInOptions options)
    {
        var urls = configuration["urls"];
        var separate = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (var url in (urls ?? string.Empty).Split(';', separate))
        {
            yield return KeyValuePair.Create("urls", url);
        }

        // Without urls, HTTP_PORTS and HTTPS_PORTS bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (string.IsNullOrWhiteSpace(urls) && configuration[key] is { Length: > 0 } ports)
            {
                yield return KeyValuePair.Create(key, "*:" + ports);
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            var key = $"Kestrel:Endpoints:{endpoint.Key}:Url";
            yield return KeyValuePair.Create(key, endpoint["Url"] ?? string.Empty);
        }

        var issuerKey = $"{JwtOptions.SectionName}:{nameof(JwtOptions.Issuer)}";
        if (configuration[issuerKey] is { } issuer)
        {
            yield return KeyValuePair.Create(issuerKey, issuer);
        }

        foreach (var (name, provider) in options.Oidc)
        {
            var key = $"{SignInOptions.SectionName}:Oidc:{name}:Authority";
            yield return KeyValuePair.Create(key, provider.Authority?.ToString() ?? string.Empty);
        }
    }

    private static bool IsLoopback(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
