using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Tandem.Api.Authentication;
using Tandem.Data;
using Tandem.Data.Sessions;
using Tandem.Data.Users;

namespace Tandem.Api.Tests.Infrastructure;

/// <summary>
/// The real API on Kestrel at a free loopback port, on its own fresh database, with one published signing key
/// (as the web server would have created).
/// </summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    public const string Issuer = "https://web.tandem.test";

    public const string Audience = "tandem-api-tests";

    private readonly TestDatabase _database;
    private readonly FakeTimeProvider? _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private HttpClient? _client;

    private ApiServer(
        TestDatabase database, FakeTimeProvider? clock, IReadOnlyDictionary<string, string?>? settings)
    {
        _database = database;
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    /// <summary>The key the web server currently signs with; its row is in the SigningKeys table.</summary>
    public TestSigningKey SigningKey { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The server's clock; only servers started with a fake clock have one.</summary>
    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException("This server keeps real time.");

    /// <summary>
    /// Starts a server on a new database. With a <paramref name="clock"/>, the server's own notion of time
    /// (key retirement, refresh schedules, session expiry) is the test's to move; tokens still carry real time.
    /// <paramref name="settings"/> override the test configuration. The server owns the database from here on.
    /// </summary>
    public static async Task<ApiServer> StartAsync(
        TestDatabase database,
        FakeTimeProvider? clock = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var server = new ApiServer(database, clock, settings);
        try
        {
            server.StartServer();
            server._client = server.CreateClient();
            await server.AddSigningKeyAsync(server.SigningKey, DateTimeOffset.UtcNow.AddDays(1));

            // The key was published after the server read the table at start-up; reading it on first sight is
            // tested on its own, so that everything else starts from a server that knows the key.
            await server.Services.GetRequiredService<SigningKeyCache>().RefreshAsync(default);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? bearerToken) =>
        SendAsync(HttpMethod.Get, path, bearerToken);

    /// <summary>Sends <paramref name="content"/>, and the bearer token when there is one.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? bearerToken, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A token exactly like the web server's for <paramref name="session"/>.</summary>
    public string MintToken(TestSession session) => TestTokens.Mint(session, SigningKey);

    /// <summary>A user who has just signed in: a user row and a live session row.</summary>
    public async Task<TestSession> SignInAsync(Action<Session>? adjustSession = null)
    {
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.NewGuid(),
            DisplayName = $"Ada Lovelace {suffix}",
            Handle = $"ada-{suffix}",
            Email = $"ada-{suffix}@example.test",
            EmailVerified = true,
            AvatarUrl = $"https://avatars.example.test/{suffix}.png",
            CreatedAt = now,
        };
        var session = new Session
        {
            Id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            UserId = user.Id,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now.AddDays(30),
            Provider = "dev",
        };
        adjustSession?.Invoke(session);

        await WithDatabaseAsync(db =>
        {
            db.AddRange(user, session);
            return db.SaveChangesAsync();
        });

        return new TestSession(user.Id, session.Id, user.DisplayName, user.Handle, user.Email, user.AvatarUrl);
    }

    /// <summary>Another session of an existing user, as a second browser signing in would leave.</summary>
    public async Task<string> AddSessionAsync(Guid userId, Action<Session>? adjustSession = null)
    {
        var now = DateTimeOffset.UtcNow;
        var session = new Session
        {
            Id = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now.AddDays(30),
            Provider = "dev",
        };
        adjustSession?.Invoke(session);

        await WithDatabaseAsync(db =>
        {
            db.Sessions.Add(session);
            return db.SaveChangesAsync();
        });

        return session.Id;
    }

    public Task AddSigningKeyAsync(TestSigningKey key, DateTimeOffset retiresAt) =>
        WithDatabaseAsync(db =>
        {
            db.SigningKeys.Add(key.ToRow(retiresAt));
            return db.SaveChangesAsync();
        });

    public Task RevokeSessionAsync(string sessionId) =>
        WithDatabaseAsync(db => db.Sessions
            .Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, DateTimeOffset.UtcNow)));

    public async Task WithDatabaseAsync(Func<TandemDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TandemDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await base.DisposeAsync();
        SigningKey.Dispose();
        Logs.Dispose();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The error responses under test are the ones production gives, not the developer exception page.
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Tandem", _database.ConnectionString);
        builder.UseSetting("Jwt:Issuer", Issuer);
        builder.UseSetting("Jwt:Audience", Audience);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Everything, framework logs included, so that "the token is never logged" is checked against all of it.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", nameof(LogLevel.Debug));
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (_clock is not null)
            {
                services.AddSingleton<TimeProvider>(_clock);
            }
        });
    }
}
