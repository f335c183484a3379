using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tandem.Data.Database;

namespace Tandem.IntegrationTests.Keys;

/// <summary>
/// The whole system on one fake clock shared by the web server and the API, with a one-day key schedule,
/// and a record of every SQL command the API sends.
/// </summary>
public sealed class RotationSystem : TandemSystem
{
    public static readonly TimeSpan SigningPeriod = TimeSpan.FromDays(1);
    public static readonly TimeSpan PublishAhead = TimeSpan.FromHours(2);
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DeleteAfter = TimeSpan.FromDays(1);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public RecordedSql ApiSql { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraWebSettings() => new Dictionary<string, string?>
    {
        ["Jwt:Keys:SigningPeriod"] = SigningPeriod.ToString(),
        ["Jwt:Keys:PublishAhead"] = PublishAhead.ToString(),
        ["Jwt:Keys:CheckInterval"] = CheckInterval.ToString(),
        ["Jwt:Keys:DeleteAfter"] = DeleteAfter.ToString(),
    };

    protected override void ConfigureWebServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(Clock);

    protected override void ConfigureApiServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);

        // Only the context type of the configured provider is registered; the other line configures nothing.
        services.ConfigureDbContext<SqliteTandemDbContext>(db => db.AddInterceptors(ApiSql));
        services.ConfigureDbContext<PostgresTandemDbContext>(db => db.AddInterceptors(ApiSql));
    }
}
