using System.Threading.RateLimiting;
using Tandem.ServiceDefaults.RateLimiting;

namespace Tandem.Api.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// A global limit per user or per address (<see cref="ApiPartitions"/>) and the named
    /// <see cref="TokenCreationRateLimit"/> policy. A refused call gets 429, Retry-After and a ProblemDetails.
    /// </summary>
    public static IServiceCollection AddTandemRateLimits(
        this IServiceCollection services, IConfiguration configuration) =>
        services.AddWindowRateLimits<RateLimitOptions, RateLimitOptionsValidator>(
            configuration,
            RateLimitOptions.SectionName,
            (limiter, options) =>
            {
                var partitions = new ApiPartitions(options);
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(partitions.Global);
                limiter.AddPolicy(TokenCreationRateLimit.PolicyName, partitions.TokenCreation);
            },
            RefuseAsync);

    private static async ValueTask RefuseAsync(HttpContext context, int? retryAfterSeconds)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(RateLimitLog));
        if (logger.IsEnabled(LogLevel.Information))
        {
            var partition = ApiPartitions.DescribeFor(context);
            RateLimitLog.Refused(logger, context.Request.Path.Value ?? "/", partition);
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = retryAfterSeconds is null
                    ? "This client has made too many requests. Wait a moment before trying again."
                    : "This client has made too many requests. " +
                        $"Try again in {retryAfterSeconds} seconds (see Retry-After).",
            },
        });
    }
}
