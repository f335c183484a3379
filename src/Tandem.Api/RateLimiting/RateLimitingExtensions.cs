using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tandem.Api.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// A global limit per user or per address (<see cref="ApiPartitions"/>) and the named
    /// <see cref="TokenCreationRateLimit"/> policy. A refused call gets 429, Retry-After and a ProblemDetails.
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
                var partitions = new ApiPartitions(limits.Value);
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(partitions.Global);
                limiter.AddPolicy(TokenCreationRateLimit.PolicyName, partitions.TokenCreation);
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = OnRejectedAsync;
            });

        return services;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;

        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int?)null;
        if (seconds is not null)
        {
            context.Response.Headers.RetryAfter = seconds.Value.ToString(CultureInfo.InvariantCulture);
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitLog));
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
                Detail = seconds is null
                    ? "This client has made too many requests. Wait a moment before trying again."
                    : $"This client has made too many requests. Try again in {seconds} seconds (see Retry-After).",
            },
        });
    }
}
