namespace Tandem.Testing;

/// <summary>
/// The stack with the dev identity provider registered twice, as "dev" and as <see cref="SecondProvider"/>,
/// each with its own client registration, so tests can link and use two sign-in methods.
/// </summary>
public sealed class TwoProviderSystem : TandemSystem
{
    public const string SecondProvider = "dev2";

    /// <summary>The second provider's button text on the sign-in and sign-in methods pages.</summary>
    public static string SecondProviderDisplayName => ExtraDevProviders.DisplayName(SecondProvider);

    protected override IReadOnlyList<string> ExtraDevProviderNames() => [SecondProvider];
}
