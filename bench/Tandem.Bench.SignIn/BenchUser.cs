using System.Globalization;

namespace Tandem.Bench.SignIn;

/// <summary>User i of the reference workload, as the dev provider's sign-in form describes them.</summary>
internal sealed record BenchUser(int Number)
{
    public string Subject => Invariant($"sub-{Number}");

    public string Email => Invariant($"user{Number}@example.test");

    public string DisplayName => Invariant($"User {Number}");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
