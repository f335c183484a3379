using Microsoft.Extensions.Options;

namespace Tandem.DevIdentity.Clients;

/// <summary>
/// Checks <c>DevIdentity:Clients</c> at start-up, so a missing secret or redirect URI is reported by the
/// key to set instead of surfacing later as a failed sign-in.
/// </summary>
internal sealed class ClientOptionsValidator : IValidateOptions<DevIdentityOptions>
{
    private const string Section = DevIdentityOptions.SectionName + ":" + nameof(DevIdentityOptions.Clients);

    public ValidateOptionsResult Validate(string? name, DevIdentityOptions options)
    {
        if (options.Clients.Count == 0)
        {
            return ValidateOptionsResult.Fail(
                $"{Section} is empty. Add at least one client with ClientId, ClientSecret and RedirectUris " +
                "(appsettings.Development.json has the one Tandem.Web uses).");
        }

        var failures = new List<string>();
        for (var index = 0; index < options.Clients.Count; index++)
        {
            failures.AddRange(Check(options.Clients[index], $"{Section}:{index}"));
        }

        var duplicates = options.Clients
            .GroupBy(client => client.ClientId, StringComparer.Ordinal)
            .Where(group => group.Key is not null && group.Count() > 1)
            .Select(group => $"{Section} lists the client id '{group.Key}' twice or more; make each unique.");
        failures.AddRange(duplicates);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(ClientOptions client, string key)
    {
        if (string.IsNullOrWhiteSpace(client.ClientId))
        {
            yield return Missing(key, nameof(ClientOptions.ClientId));
        }

        // Every client is confidential: the Web server keeps its secret, and PKCE comes on top of it.
        if (string.IsNullOrWhiteSpace(client.ClientSecret))
        {
            yield return Missing(key, nameof(ClientOptions.ClientSecret));
        }

        if (client.RedirectUris.Count == 0)
        {
            yield return $"{key}:{nameof(ClientOptions.RedirectUris)} is empty. Add the client's callback " +
                "URL, e.g. http://localhost:5080/signin/callback/dev.";
        }

        foreach (var failure in CheckUris(client.RedirectUris, $"{key}:{nameof(ClientOptions.RedirectUris)}"))
        {
            yield return failure;
        }

        var postLogoutKey = $"{key}:{nameof(ClientOptions.PostLogoutRedirectUris)}";
        foreach (var failure in CheckUris(client.PostLogoutRedirectUris, postLogoutKey))
        {
            yield return failure;
        }
    }

    private static IEnumerable<string> CheckUris(List<string> uris, string key)
    {
        for (var index = 0; index < uris.Count; index++)
        {
            // OpenIddict compares redirect URIs exactly; fragments are forbidden (RFC 6749, section 3.1.2).
            if (!HttpUrl.TryParse(uris[index], out var uri) || !string.IsNullOrEmpty(uri.Fragment))
            {
                yield return $"{key}:{index} ('{uris[index]}') is not an absolute http(s) URL without a " +
                    "fragment, e.g. http://localhost:5080/signin/callback/dev.";
            }
        }
    }

    private static string Missing(string key, string property) =>
        $"{key}:{property} is not set. Set it in appsettings.Development.json or with the environment " +
        $"variable {key.Replace(":", "__", StringComparison.Ordinal)}__{property}.";
}
