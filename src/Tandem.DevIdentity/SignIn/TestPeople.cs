namespace Tandem.DevIdentity.SignIn;

/// <summary>The one-click people on the sign-in page; example.test is reserved and gets no mail.</summary>
internal static class TestPeople
{
    public static IReadOnlyList<TestPerson> All { get; } =
    [
        new("Ada Lovelace", "ada@example.test"),
        new("Grace Hopper", "grace@example.test"),
        new("Alan Turing", "alan@example.test"),
    ];
}
