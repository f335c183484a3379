using System.Threading.RateLimiting;
using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Web.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Limits requests per client address (<see cref="RequestPartitions"/>). A refused request gets 429 with
    /// Retry-After and a page that says how long to wait.
    /// </summary>
    public static IServiceCollection AddTandemRateLimits(
        this IServiceCollection services, IConfiguration configuration) =>
        services.AddWindowRateLimits<RateLimitOptions, RateLimitOptionsValidator>(
            configuration,
            RateLimitOptions.SectionName,
            (limiter, options) => limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(
                context => RequestPartitions.For(context, options)),
            RefuseAsync);

    private static async ValueTask RefuseAsync(HttpContext context, int? retryAfterSeconds)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(RateLimitLog));
        if (logger.IsEnabled(LogLevel.Information))
        {
            var partition = RequestPartitions.DescribeFor(context);
            RateLimitLog.Refused(logger, context.Request.Path.Value ?? "/", partition);
        }

        await TooManyRequestsPage.WriteAsync(context, retryAfterSeconds, TooManyRequestsPage.FromYourAddress);
    }
}
