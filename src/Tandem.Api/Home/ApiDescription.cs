using Tandem.ServiceDefaults;

namespace Tandem.Api.Home;

/// <summary>What the anonymous root endpoint says about the API; the web server shows <c>name</c>.</summary>
internal sealed record ApiDescription(string Name, ApiLinks Links)
{
    public static ApiDescription Current { get; } =
        new("Tandem API", new ApiLinks("/openapi/v1.json", ServiceDefaultsExtensions.HealthPath));
}
