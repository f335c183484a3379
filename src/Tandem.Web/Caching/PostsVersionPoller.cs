using Microsoft.Extensions.Options;
using Tandem.Web.ApiClient;

namespace Tandem.Web.Caching;

/// <summary>
/// Reads the API's posts version every <see cref="PageCacheOptions.PollInterval"/> and evicts every cached
/// page when it changed, so a post created, edited or deleted through another web instance or straight
/// through the API shows on this instance's cached pages within one interval.
/// </summary>
/// <remarks>
/// When the API cannot be asked, nothing can be verified, so every poll that fails evicts too. The version
/// only goes up, so a post created and deleted between two polls still changes it.
/// </remarks>
internal sealed partial class PostsVersionPoller(
    IServiceScopeFactory scopes,
    PageCacheGeneration generation,
    IOptions<PageCacheOptions> options,
    ILogger<PostsVersionPoller> logger) : BackgroundService
{
    private PostsVersion? _known;
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            await PollAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        PostsVersion? current = null;
        string? failure;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            current = await scope.ServiceProvider.GetRequiredService<TandemApiClient>()
                .GetPostsVersionAsync(cancellationToken);
            failure = current is null ? "the API has no /posts/version" : null;
        }
        catch (Exception exception) when (exception is ApiUnavailableException or ApiRateLimitedException)
        {
            failure = exception.Message;
        }

        if (failure is not null && !_failing)
        {
            LogPollFailed(logger, failure);
        }

        _failing = failure is not null;
        if (current is null || (_known is not null && current != _known))
        {
            await generation.AdvanceAsync(cancellationToken);
            LogEvicted(logger, current?.Value);
        }

        _known = current;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
        Message = "Cannot read the API's posts version ({Reason}); cached pages are evicted until it answers")]
    private static partial void LogPollFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug,
        Message = "Posts changed (now at version {Version}); cached pages evicted")]
    private static partial void LogEvicted(ILogger logger, long? version);
}
