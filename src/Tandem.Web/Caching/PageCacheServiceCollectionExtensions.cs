using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Tandem.Web.ApiClient;

namespace Tandem.Web.Caching;

internal static class PageCacheServiceCollectionExtensions
{
    public static IServiceCollection AddTandemPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageCacheOptions>()
            .Bind(configuration.GetSection(PageCacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = configuration.GetSection(PageCacheOptions.SectionName).Get<PageCacheOptions>()
            ?? new PageCacheOptions();

        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L;
            cache.AddPolicy(AnonymousPagePolicy.Name, new AnonymousPagePolicy());
        });
        services.AddSingleton<PageCacheGeneration>();
        CompressStoredPages(services);

        if (options.Enabled)
        {
            services.AddHostedService<PostsVersionPoller>();
            services.AddTransient<PostWriteEvictionHandler>();

            // The same name AddHttpClient<TandemApiClient> gives the typed client, so the handler joins
            // its pipeline.
            services.AddHttpClient(nameof(TandemApiClient)).AddHttpMessageHandler<PostWriteEvictionHandler>();
        }

        return services;
    }

    /// <summary>
    /// Wraps the memory store that AddOutputCache registers (its size limit included) in one that keeps
    /// each page compressed.
    /// </summary>
    private static void CompressStoredPages(IServiceCollection services)
    {
        var memoryStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        var createMemoryStore = memoryStore.ImplementationFactory
            ?? throw new InvalidOperationException("AddOutputCache's store is not made by a factory.");

        services.Remove(memoryStore);
        services.AddSingleton<IOutputCacheStore>(provider =>
            new CompressedOutputCacheStore((IOutputCacheStore)createMemoryStore(provider)));
    }

    /// <summary>
    /// Placed before authentication, so that a page served from the cache costs no cookie or session work;
    /// the policy itself keeps every request with a session cookie away from the cache.
    /// </summary>
    public static IApplicationBuilder UseTandemPageCache(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<PageCacheOptions>>().Value.Enabled)
        {
            app.UseOutputCache();

            // The policy looks at the headers when the body starts; a cookie added later, as the response
            // starts (Response.OnStarting), is only visible once the page is done, before it is stored.
            app.Use(async (context, next) =>
            {
                await next(context);
                if (context.Response.Headers.SetCookie.Count > 0
                    && context.Features.Get<IOutputCacheFeature>() is { } cache)
                {
                    cache.Context.AllowCacheStorage = false;
                }
            });
        }

        return app;
    }
}
