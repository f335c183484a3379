using System.Data.Common;

namespace Tandem.Api.Authentication;

/// <summary>
/// Reads the signing keys before the server takes requests, then every
/// <see cref="SigningKeyCache.RefreshInterval"/>.
/// </summary>
internal sealed class SigningKeyRefreshService(
    SigningKeyCache keys,
    TimeProvider time,
    ILogger<SigningKeyRefreshService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Loading before start-up completes means the first requests find the keys already in memory.
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SigningKeyCache.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshAsync(stoppingToken);
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await keys.RefreshAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            // An unreachable database must not stop the server: the keys already read keep working, and
            // the next tick, or the next token naming an unknown key, tries again.
            logger.SigningKeyRefreshFailed(exception);
        }
    }
}
