using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Database;
using Tandem.Data.Posts;
using Tandem.Data.Sessions;
using Tandem.Data.Users;
using Tandem.Testing;

namespace Tandem.Data.Tests;

public sealed class MigrationTests
{
    private static readonly DateTimeOffset SignedInAt = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    private static async Task InsertFirstSchemaLoginAsync(
        TandemDbContext db, Guid userId, string provider, string subject)
    {
        var login = db.Model.FindEntityType(typeof(ExternalLogin))!;
        string Literal(string property, object value) =>
            login.FindProperty(property)!.GetRelationalTypeMapping().GenerateSqlLiteral(value);

        var values = string.Join(", ",
            Literal(nameof(ExternalLogin.UserId), userId),
            Literal(nameof(ExternalLogin.Provider), provider),
            Literal(nameof(ExternalLogin.Subject), subject),
            Literal(nameof(ExternalLogin.CreatedAt), SignedInAt),
            Literal(nameof(ExternalLogin.LastUsedAt), SignedInAt));

        await db.Database.ExecuteSqlRawAsync(string.Concat(
            "INSERT INTO \"ExternalLogins\" ",
            "(\"UserId\", \"Provider\", \"Subject\", \"CreatedAt\", \"LastUsedAt\") VALUES (",
            values,
            ")"));
    }

    [Fact]
    public async Task Upgrading_from_the_first_migration_keeps_every_user_login_and_session()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = TestDatabaseServices.For(database);
        var userId = Guid.CreateVersion7();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
            await db.GetService<IMigrator>().MigrateAsync("InitialCreate");
            db.Users.Add(new User
            {
                Id = userId,
                DisplayName = "Early Adopter",
                Handle = "early-adopter",
                Email = "early@example.test",
                EmailVerified = true,
                CreatedAt = SignedInAt,
            });
            db.Sessions.Add(new Session
            {
                Id = "session-from-before",
                UserId = userId,
                Provider = "dev",
                CreatedAt = SignedInAt,
                LastSeenAt = SignedInAt,
                ExpiresAt = SignedInAt.AddDays(30),
            });
            await db.SaveChangesAsync();

            // The login table has gained columns since, which today's model would write: the row goes in as the
            // first schema knew it.
            await InsertFirstSchemaLoginAsync(db, userId, "dev", "sub-early");
        }

        await services.MigrateTandemDatabaseAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            var user = await db.Users.Include(u => u.Logins).SingleAsync(u => u.Id == userId);
            Assert.Equal("Early Adopter", user.DisplayName);
            Assert.Equal(("dev", "sub-early"), (user.Logins.Single().Provider, user.Logins.Single().Subject));
            var session = await db.Sessions.SingleAsync(s => s.Id == "session-from-before");
            Assert.Equal(SignedInAt.AddDays(30), session.ExpiresAt);

            // The table the upgrade added is usable by the user who was there before it.
            db.Posts.Add(new Post
            {
                AuthorId = userId,
                Title = "After the upgrade",
                Body = "Still here.",
                BodyHtml = "<p>Still here.</p>",
                Excerpt = "Still here.",
                CreatedAt = SignedInAt.AddDays(1),
                UpdatedAt = SignedInAt.AddDays(1),
            });
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Migrating_twice_at_once_from_two_servers_succeeds_once_and_changes_nothing_the_second_time()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var web = TestDatabaseServices.For(database);
        await using var api = TestDatabaseServices.For(database);

        await Task.WhenAll(web.MigrateTandemDatabaseAsync(), api.MigrateTandemDatabaseAsync());

        await using var scope = web.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(
            db.Database.GetMigrations().Count(),
            (await db.Database.GetAppliedMigrationsAsync()).Count());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_has_a_migration_for_every_change_to_the_model(DatabaseProvider provider)
    {
        // Building the model needs no server: the connection strings are never opened.
        using TandemDbContext db = provider == DatabaseProvider.Sqlite
            ? new SqliteTandemDbContext(new DbContextOptionsBuilder<SqliteTandemDbContext>().UseSqlite("Data Source=model.db").Options)
            : new PostgresTandemDbContext(new DbContextOptionsBuilder<PostgresTandemDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changed since its newest migration: add one with dotnet ef migrations add.");
    }
}
