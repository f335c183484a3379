using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tandem.Web.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Limits requests per client address (<see cref="RequestPartitions"/>). A refused request gets 429 with
    /// Retry-After, and the status-code page explains it to the visitor.
    /// </summary>
    public static IServiceCollection AddTandemRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
            {
                var options = limits.Value;
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(
                    context => RequestPartitions.For(context, options));
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = OnRejectedAsync;
            });

        return services;
    }

    private static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;

        // A fixed window always says when it opens again; the page itself is left to the status-code
        // pages, which render /status/429 for a response without a body.
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter =
                Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitLog));
        if (logger.IsEnabled(LogLevel.Information))
        {
            var partition = RequestPartitions.DescribeFor(context);
            RateLimitLog.Refused(logger, context.Request.Path.Value ?? "/", partition);
        }

        return ValueTask.CompletedTask;
    }
}
