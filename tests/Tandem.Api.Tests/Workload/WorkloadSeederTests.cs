using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Api.Markdown;
using Tandem.Api.Tests.Infrastructure;
using Tandem.Api.Workload;
using Tandem.Data.Database;
using Xunit.Abstractions;

namespace Tandem.Api.Tests.Workload;

/// <summary>Each test seeds a database of its own, since seeding needs an empty one.</summary>
public sealed class WorkloadSeederTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seeds_users_posts_and_logins_exactly_as_the_workload_defines_them(
        DatabaseProvider provider)
    {
        await using var server = await ApiServer.StartAsync(await TestDatabase.CreateAsync(provider));

        var result = await WorkloadSeeder.SeedAsync(server.Services, new WorkloadSize(50, 1_000), default);

        Assert.Equal((50, 1_000), (result.Users, result.Posts));
        await server.WithDatabaseAsync(async db =>
        {
            Assert.Equal(50, await db.Users.CountAsync());
            Assert.Equal(50, await db.ExternalLogins.CountAsync());
            Assert.Equal(1_000, await db.Posts.CountAsync());

            var user = await db.Users.Include(u => u.Logins).SingleAsync(u => u.Handle == "user42");
            Assert.Equal(Guid.Parse("00000000-0000-0000-0000-000000000042"), user.Id);
            Assert.Equal("User 42", user.DisplayName);
            Assert.Equal("user42@example.test", user.Email);
            Assert.True(user.EmailVerified);
            var login = Assert.Single(user.Logins);
            Assert.Equal(("dev", "sub-42"), (login.Provider, login.Subject));

            var first = await db.Posts.SingleAsync(p => p.Id == 1);
            Assert.Equal("Post number 1", first.Title);
            Assert.Equal(ExpectedBody(1, previous: 1), first.Body);
            Assert.Equal(Epoch.AddMinutes(1), first.CreatedAt);
            Assert.Equal(first.CreatedAt, first.UpdatedAt);
            Assert.Equal(WorkloadDataSet.UserId(1), first.AuthorId);
            Assert.EndsWith("<p>See <a href=\"/posts/1\">the previous post</a> for more.</p>\n", first.BodyHtml,
                StringComparison.Ordinal);
            Assert.StartsWith("Section one of post 1. This is sentence 1 of post 1, with bold and italic words.",
                first.Excerpt, StringComparison.Ordinal);
            Assert.EndsWith("…", first.Excerpt, StringComparison.Ordinal);

            // The seeder writes what the API would write for the same body, so seeded listings look alike.
            Assert.Equal(new MarkdownRenderer().Render(first.Body).Excerpt, first.Excerpt);

            var last = await db.Posts.SingleAsync(p => p.Id == 1_000);
            Assert.Equal("Post number 1000", last.Title);
            Assert.Equal(ExpectedBody(1_000, previous: 999), last.Body);
            Assert.Equal(Epoch.AddMinutes(1_000), last.CreatedAt);
            Assert.Equal(WorkloadDataSet.UserId(50), last.AuthorId);

            // Authors take turns: post j is by user ((j - 1) % users) + 1.
            var authors = await db.Posts
                .Where(p => p.Id == 50 || p.Id == 51 || p.Id == 102)
                .OrderBy(p => p.Id)
                .Select(p => p.Author!.Handle)
                .ToListAsync();
            Assert.Equal(["user50", "user1", "user2"], authors);
            Assert.Equal(20, await db.Posts.CountAsync(p => p.Author!.Handle == "user7"));
        });

        // Ids were set explicitly; the next post written still gets a fresh one.
        var next = await TestPosts.CreateAsync(server, server.MintToken(await server.SignInAsync()));
        Assert.Equal(1_001, next.GetProperty("id").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_to_seed_a_database_that_already_has_users_or_posts(DatabaseProvider provider)
    {
        await using var server = await ApiServer.StartAsync(await TestDatabase.CreateAsync(provider));
        await WorkloadSeeder.SeedAsync(server.Services, new WorkloadSize(3, 10), default);

        var refusal = await Assert.ThrowsAsync<WorkloadSeedRefusedException>(
            () => WorkloadSeeder.SeedAsync(server.Services, new WorkloadSize(3, 10), default));

        Assert.Contains("ConnectionStrings:Tandem", refusal.Message, StringComparison.Ordinal);
        await server.WithDatabaseAsync(async db =>
        {
            Assert.Equal(3, await db.Users.CountAsync());
            Assert.Equal(10, await db.Posts.CountAsync());
        });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_with_exit_code_1_when_run_as_a_command_on_a_database_in_use(
        DatabaseProvider provider)
    {
        await using var server = await ApiServer.StartAsync(await TestDatabase.CreateAsync(provider));
        var someone = await server.SignInAsync();
        var database = server.Services.GetRequiredService<DatabaseOptions>();

        var exitCode = await Program.Main(
        [
            SeedWorkloadCommand.Name,
            $"--Database:Provider={database.Provider}",
            $"--ConnectionStrings:Tandem={database.ConnectionString}",
        ]);

        Assert.Equal(1, exitCode);
        await server.WithDatabaseAsync(async db =>
        {
            Assert.Equal(someone.UserId, (await db.Users.SingleAsync()).Id);
            Assert.Equal(0, await db.Posts.CountAsync());
        });
    }

    // SQLite only: the full size takes long enough that once is plenty, and the PostgreSQL-specific part (the
    // identity sequence) is covered by the smaller test above.
    [Fact]
    public async Task Seeds_the_full_reference_workload_of_1000_users_and_20000_posts()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await ApiServer.StartAsync(database);

        var result = await WorkloadSeeder.SeedAsync(server.Services, default);

        output.WriteLine($"Seeded the reference workload in {result.Elapsed.TotalSeconds:F1} s.");
        Assert.Equal((1_000, 20_000), (result.Users, result.Posts));
        using var newest = await server.GetAsync("/posts/20000", bearerToken: null);
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
        await server.WithDatabaseAsync(async db =>
        {
            Assert.Equal(1_000, await db.Users.CountAsync());
            Assert.Equal(20_000, await db.Posts.CountAsync());

            var last = await db.Posts.Include(p => p.Author).SingleAsync(p => p.Id == 20_000);
            Assert.Equal("Post number 20000", last.Title);
            Assert.Equal(ExpectedBody(20_000, previous: 19_999), last.Body);
            Assert.Equal(Epoch.AddMinutes(20_000), last.CreatedAt);
            Assert.Equal(last.CreatedAt, last.UpdatedAt);
            Assert.Equal("user1000", last.Author!.Handle);
            var wrapped = await db.Posts.Include(p => p.Author).SingleAsync(p => p.Id == 19_001);
            Assert.Equal("user1", wrapped.Author!.Handle);
        });
    }

    /// <summary>The body as bench/WORKLOAD.md spells it out, written apart from the seeder's code.</summary>
    private static string ExpectedBody(int j, int previous)
    {
        static string Sentences(int j, int from, int to) => string.Join(" ", Enumerable
            .Range(from, to - from + 1)
            .Select(k => $"This is sentence {k} of post {j}, with **bold** and *italic* words."));

        return $"## Section one of post {j}\n\n{Sentences(j, 1, 8)}\n\n" +
            string.Join("\n", Enumerable.Range(1, 5).Select(k => $"- item {k} of post {j}")) +
            $"\n\n## Section two of post {j}\n\n{Sentences(j, 9, 16)}\n\n" +
            $"See [the previous post](/posts/{previous}) for more.";
    }
}
