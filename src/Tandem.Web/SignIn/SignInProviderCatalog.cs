namespace Tandem.Web.SignIn;

/// <summary>The providers this server was configured with, in the order the sign-in page lists them.</summary>
public sealed class SignInProviderCatalog(IReadOnlyList<SignInProvider> providers)
{
    public IReadOnlyList<SignInProvider> Providers { get; } = providers;

    public bool Contains(string name) =>
        Providers.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
