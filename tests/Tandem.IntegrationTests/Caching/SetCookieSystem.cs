using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.IntegrationTests.Caching;

/// <summary>
/// The whole system, with one addition to the web server: a request carrying <see cref="HeaderName"/> gets a
/// cookie set as its response starts, the way authentication handlers add theirs.
/// </summary>
public sealed class SetCookieSystem : TandemSystem
{
    public const string HeaderName = "X-Test-Set-Cookie";

    protected override void ConfigureWebServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, SetCookieStartupFilter>();

    private sealed class SetCookieStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.ContainsKey(HeaderName))
                {
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Cookies.Append("per-reader", Guid.NewGuid().ToString("N"));
                        return Task.CompletedTask;
                    });
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
