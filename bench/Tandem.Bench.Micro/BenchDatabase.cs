using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Data.Database;
using Tandem.Data.Sessions;
using Tandem.Data.Users;

namespace Tandem.Bench.Micro;

/// <summary>
/// A real SQLite file in a temp folder, migrated as the servers migrate it, with one user and one live
/// session, and the settings both servers read from it.
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    public const string Issuer = "http://127.0.0.1:5080";

    public const string Audience = "tandem-api";

    private readonly string _folder = Directory.CreateTempSubdirectory("tandem-micro-").FullName;

    public Guid UserId { get; } = Guid.Parse("00000000-0000-0000-0000-000000000001");

    public string SessionId { get; } = "bench-session-0123456789abcdefghijklmnopqrstuvwxyz";

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "tandem.db")}";

    /// <summary>The shared settings, plus <paramref name="overrides"/>.</summary>
    public IConfiguration Configuration(params (string Key, string Value)[] overrides) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Tandem"] = ConnectionString,
                ["Jwt:Issuer"] = Issuer,
                ["Jwt:Audience"] = Audience,
            })
            .AddInMemoryCollection(overrides.Select(o => KeyValuePair.Create(o.Key, (string?)o.Value)))
            .Build();

    public async Task CreateAsync(IServiceProvider services)
    {
        await services.MigrateTandemDatabaseAsync();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        if (await db.Users.AnyAsync())
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        db.Users.Add(new User { Id = UserId, DisplayName = "User 1", Handle = "user1", CreatedAt = now });
        db.Sessions.Add(new Session
        {
            Id = SessionId,
            UserId = UserId,
            Provider = "dev",
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now.AddDays(30),
        });
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        // SQLite keeps pooled connections open; they must close before the files can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
