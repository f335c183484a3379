using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Client;

namespace Tandem.IntegrationTests.Attacks;

/// <summary>
/// The stack with OpenIddict's client giving a started sign-in <see cref="FlowLifetime"/> instead of its default
/// 15 minutes (OpenIddictClientOptions.StateTokenLifetime, which also dates the flow cookie). Tandem.Web has no
/// setting of its own for it, so the test changes the client's options directly.
/// </summary>
public sealed class ShortFlowSystem : TandemSystem
{
    public static readonly TimeSpan FlowLifetime = TimeSpan.FromSeconds(3);

    protected override void ConfigureWebServices(IServiceCollection services) =>
        services.Configure<OpenIddictClientOptions>(options => options.StateTokenLifetime = FlowLifetime);
}
