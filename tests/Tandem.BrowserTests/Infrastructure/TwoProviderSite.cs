namespace Tandem.BrowserTests.Infrastructure;

/// <summary>The system with the dev provider registered twice, so a person can link a second sign-in method.</summary>
public sealed class TwoProviderSite : BrowserSystem
{
    public TwoProviderSite()
        : base(new TwoProviderSystem())
    {
    }
}
