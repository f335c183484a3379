using System.Net;
using Microsoft.Extensions.Hosting;

namespace Tandem.DevIdentity.Tests;

public sealed class StartupSafetyTests
{
    private const string Refusal =
        "The dev identity provider signs anyone in without a password; it only runs in the Development " +
        "environment unless DevIdentity:Enabled is set to true.";

    private static readonly Uri Discovery = new(".well-known/openid-configuration", UriKind.Relative);

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("yes")]
    public void Refuses_to_start_in_Production_unless_explicitly_enabled(string? enabled)
    {
        var settings = WithClient(new() { ["DevIdentity:Enabled"] = enabled });
        using var server = new DevIdentityServer(Environments.Production, settings);

        var failure = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains(Refusal, Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starts_in_Production_when_DevIdentity_Enabled_is_true()
    {
        var settings = WithClient(new() { ["DevIdentity:Enabled"] = "true" });
        using var server = new DevIdentityServer(Environments.Production, settings);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync(Discovery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("DevIdentity:Clients:0:ClientId", "DevIdentity:Clients:0:ClientId is not set")]
    [InlineData("DevIdentity:Clients:0:ClientSecret", "DevIdentity:Clients:0:ClientSecret is not set")]
    [InlineData("DevIdentity:Clients:0:RedirectUris:0", "DevIdentity:Clients:0:RedirectUris is empty")]
    public void Refuses_to_start_when_a_client_lacks_a_setting_and_names_it(string removed, string message)
    {
        var settings = WithClient(new() { ["DevIdentity:Enabled"] = "true" });
        settings.Remove(removed);
        using var server = new DevIdentityServer(Environments.Production, settings);

        var failure = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains(message, Messages(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DevIdentity:Clients:0:RedirectUris:0", "/relative/callback")]
    [InlineData("DevIdentity:Clients:0:RedirectUris:0", "https://stage.example.test/callback#fragment")]
    [InlineData("DevIdentity:Clients:0:PostLogoutRedirectUris:0", "not a url")]
    [InlineData("DevIdentity:Issuer", "localhost:5082")]
    public void Refuses_to_start_with_a_malformed_url_and_names_the_setting(string key, string value)
    {
        var settings = WithClient(new() { ["DevIdentity:Enabled"] = "true" });
        settings[key] = value;
        using var server = new DevIdentityServer(Environments.Production, settings);

        var failure = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains($"{key} ('{value}')", Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_start_without_any_client()
    {
        using var server = new DevIdentityServer(Environments.Production, new Dictionary<string, string?>
        {
            ["DevIdentity:Enabled"] = "true",
        });

        var failure = Assert.ThrowsAny<Exception>(server.StartServer);

        Assert.Contains("DevIdentity:Clients is empty", Messages(failure), StringComparison.Ordinal);
    }

    /// <summary>Production reads no appsettings.Development.json, so each test states its client.</summary>
    private static Dictionary<string, string?> WithClient(Dictionary<string, string?> settings)
    {
        settings["DevIdentity:Clients:0:ClientId"] = "stage-web";
        settings["DevIdentity:Clients:0:ClientSecret"] = "stage-secret";
        settings["DevIdentity:Clients:0:RedirectUris:0"] = "https://stage.example.test/signin/callback/dev";
        settings["DevIdentity:Clients:0:PostLogoutRedirectUris:0"] = "https://stage.example.test/";

        return settings;
    }

    // The host may wrap the start-up exception, so every message in the chain counts.
    private static string Messages(Exception failure) => failure switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Messages)),
        { InnerException: { } inner } => failure.Message + " | " + Messages(inner),
        _ => failure.Message,
    };
}
