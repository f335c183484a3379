namespace Tandem.Web.ApiClient;

/// <summary>
/// The API refused a call with 429: this user, or this client address, is over one of its rate limits.
/// Pages let it through to <see cref="RateLimiting.ApiRateLimitedPage"/>, which tells the visitor to wait;
/// it is not an <see cref="ApiUnavailableException"/>, since the API is up and waiting will help.
/// </summary>
public sealed class ApiRateLimitedException : Exception
{
    public ApiRateLimitedException()
        : this(retryAfterSeconds: null)
    {
    }

    public ApiRateLimitedException(string message)
        : base(message)
    {
    }

    public ApiRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ApiRateLimitedException(int? retryAfterSeconds)
        : base("The API server answered 429: too many requests.")
    {
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>The API's Retry-After in whole seconds, at least 1; null when it sent none.</summary>
    public int? RetryAfterSeconds { get; }
}
