using System.Globalization;
using Tandem.Data.Users;

namespace Tandem.Api.Workload;

/// <summary>
/// The reference workload's data, exactly as bench/WORKLOAD.md defines it, so that every stack that serves the
/// workload holds the same rows. Nothing here is random.
/// </summary>
internal static class WorkloadDataSet
{
    /// <summary>When the workload begins: post j is j minutes later; users and logins date from it.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string LoginProvider = "dev";

    /// <summary>
    /// User i's id: the number i, in decimal, as the last twelve digits of an otherwise zero GUID
    /// (user 42 is 00000000-0000-0000-0000-000000000042), so that ids are the same in every run and readable.
    /// </summary>
    public static Guid UserId(int i) =>
        Guid.ParseExact(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{i:D12}"), "D");

    public static User User(int i)
    {
        var id = UserId(i);
        return new User
        {
            Id = id,
            DisplayName = Invariant($"User {i}"),
            Handle = Invariant($"user{i}"),
            Email = Invariant($"user{i}@example.test"),
            EmailVerified = true,
            CreatedAt = Epoch,
            Logins =
            [
                new ExternalLogin
                {
                    UserId = id,
                    Provider = LoginProvider,
                    Subject = Invariant($"sub-{i}"),
                    CreatedAt = Epoch,
                    LastUsedAt = Epoch,
                },
            ],
        };
    }

    /// <summary>Post j's author: the users take turns, user 1 writing posts 1, 1001, 2001 and so on.</summary>
    public static int AuthorOf(int j, int userCount) => ((j - 1) % userCount) + 1;

    public static string Title(int j) => Invariant($"Post number {j}");

    public static DateTimeOffset CreatedAt(int j) => Epoch.AddMinutes(j);

    /// <summary>Six Markdown blocks joined by blank lines; the last links to the post before.</summary>
    public static string Body(int j)
    {
        string[] blocks =
        [
            Invariant($"## Section one of post {j}"),
            Sentences(j, 1, 8),
            string.Join('\n', Enumerable.Range(1, 5).Select(k => Invariant($"- item {k} of post {j}"))),
            Invariant($"## Section two of post {j}"),
            Sentences(j, 9, 16),
            Invariant($"See [the previous post](/posts/{Math.Max(j - 1, 1)}) for more."),
        ];

        return string.Join("\n\n", blocks);
    }

    private static string Sentences(int j, int first, int last) => string.Join(
        ' ',
        Enumerable.Range(first, last - first + 1)
            .Select(k => Invariant($"This is sentence {k} of post {j}, with **bold** and *italic* words.")));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
