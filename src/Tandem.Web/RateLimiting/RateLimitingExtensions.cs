using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tandem.Web.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Limits requests per client address (<see cref="RequestPartitions"/>). A refused request gets 429 with
    /// Retry-After and a page that says how long to wait.
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

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;

        // A fixed window always says when it opens again.
        int? seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : null;
        if (seconds is not null)
        {
            context.Response.Headers.RetryAfter = seconds.Value.ToString(CultureInfo.InvariantCulture);
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitLog));
        if (logger.IsEnabled(LogLevel.Information))
        {
            var partition = RequestPartitions.DescribeFor(context);
            RateLimitLog.Refused(logger, context.Request.Path.Value ?? "/", partition);
        }

        await TooManyRequestsPage.WriteAsync(context, seconds);
    }
}
