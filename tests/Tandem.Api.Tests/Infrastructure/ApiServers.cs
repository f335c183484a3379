using System.Collections.Concurrent;
using Tandem.Data.Database;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>
/// One running API server per database provider, shared by every test in <see cref="SharedApiServers"/>. Tests
/// sign in users of their own, so they do not see each other's data.
/// </summary>
public sealed class ApiServers : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<ApiServer>>> _servers = new();

    public Task<ApiServer> GetAsync(DatabaseProvider provider) =>
        _servers.GetOrAdd(provider, p => new Lazy<Task<ApiServer>>(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values.Where(s => s.IsValueCreated))
        {
            if (server.Value.IsCompletedSuccessfully)
            {
                await server.Value.Result.DisposeAsync();
            }
        }
    }

    private static async Task<ApiServer> StartAsync(DatabaseProvider provider) =>
        await ApiServer.StartAsync(await TestDatabase.CreateAsync(provider));
}
