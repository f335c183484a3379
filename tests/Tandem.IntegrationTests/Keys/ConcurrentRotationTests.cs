using Microsoft.Extensions.DependencyInjection;
using Tandem.Web.Tokens;

namespace Tandem.IntegrationTests.Keys;

public sealed class ConcurrentRotationTests(RotationSystem stack) : IClassFixture<RotationSystem>
{
    [Fact]
    public async Task Rotations_racing_on_several_instances_create_exactly_one_usable_next_key()
    {
        var first = Assert.Single(await stack.SigningKeysAsync());
        stack.Clock.SetUtcNow(first.SignUntil - RotationSystem.PublishAhead + TimeSpan.FromMinutes(1));

        // Each rotation object stands for one web instance: its own database contexts on the shared database.
        var instances = Enumerable.Range(0, 4)
            .Select(_ => ActivatorUtilities.CreateInstance<SigningKeyRotation>(stack.Web.Services))
            .ToList();
        using var start = new Barrier(instances.Count * 2);
        var created = await Task.WhenAll(instances.Concat(instances).Select(rotation => Task.Run(async () =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await rotation.CreateDueKeyAsync(CancellationToken.None);
        })));

        var keys = await stack.SigningKeysAsync();
        Assert.Equal(2, keys.Count);
        Assert.True(created.Count(c => c) <= 1);
        var next = keys.Single(k => k.Id != first.Id);
        Assert.Equal(SigningKeySchedule.SuccessorId(first.Id), next.Id);

        // Usable: once the first key stops signing, the winner's private key signs on this instance.
        stack.Clock.SetUtcNow(first.SignUntil + TimeSpan.FromSeconds(1));
        var credentials = await stack.Web.Services.GetRequiredService<SigningKeyStore>()
            .GetCurrentAsync(CancellationToken.None);
        Assert.Equal(next.Id, credentials.Key.KeyId);
    }
}
