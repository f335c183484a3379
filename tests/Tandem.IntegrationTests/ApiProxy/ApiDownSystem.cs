namespace Tandem.IntegrationTests.ApiProxy;

/// <summary>The system with the web server pointed at an API address where nothing listens.</summary>
public sealed class ApiDownSystem : TandemSystem
{
    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() =>
        new Dictionary<string, string?> { ["Api:BaseUrl"] = $"http://127.0.0.1:{FreePort.Next()}" };
}
