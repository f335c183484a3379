using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Tandem.Web.Tokens;

/// <summary>
/// Runs <see cref="SigningKeyRotation"/> every <see cref="SigningKeyOptions.CheckInterval"/> on every web
/// instance; the rotation itself makes the instances agree.
/// </summary>
internal sealed class SigningKeyRotationService(
    SigningKeyRotation rotation,
    IOptions<SigningKeyOptions> options,
    TimeProvider time,
    ILogger<SigningKeyRotationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await CheckAsync(stoppingToken);
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rotation.CreateDueKeyAsync(cancellationToken);
            await rotation.DeleteRetiredAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            // A failed check (database briefly away) must not stop the timer: the key in use keeps signing,
            // and PublishAhead leaves many more checks before the next key is needed.
            logger.RotationCheckFailed(exception);
        }
    }
}
