using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tandem.ServiceDefaults.RateLimiting;

/// <summary>How both servers set up their rate limiter; each brings its own limits and refusal.</summary>
public static class WindowRateLimitsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TLimits"/> from <paramref name="sectionName"/>, checks it with
    /// <typeparamref name="TValidator"/> at start, and lets <paramref name="configure"/> build the limiter
    /// from it. A refused request gets 429 and Retry-After (whole seconds, at least 1) before
    /// <paramref name="refuse"/> writes its body, given those seconds.
    /// </summary>
    public static IServiceCollection AddWindowRateLimits<TLimits, TValidator>(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName,
        Action<RateLimiterOptions, TLimits> configure,
        Func<HttpContext, int?, ValueTask> refuse)
        where TLimits : class
        where TValidator : class, IValidateOptions<TLimits>
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TLimits>()
            .Bind(configuration.GetSection(sectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TLimits>, TValidator>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<TLimits>>((limiter, limits) =>
            {
                configure(limiter, limits.Value);
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = (rejected, _) =>
                    refuse(rejected.HttpContext, WriteRetryAfter(rejected));
            });

        return services;
    }

    private static int? WriteRetryAfter(OnRejectedContext rejected)
    {
        // A fixed window always says when it opens again.
        if (!rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}
