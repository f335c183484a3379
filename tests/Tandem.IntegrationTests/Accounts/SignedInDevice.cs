using Tandem.Data.Sessions;

namespace Tandem.IntegrationTests.Accounts;

/// <summary>One browser signed in as a person, with the session it opened and that session's current JWT.</summary>
public sealed record SignedInDevice(TestBrowser Browser, Guid UserId, Session Session) : IDisposable
{
    public string AccessToken => Session.AccessToken
        ?? throw new InvalidOperationException("The session has no token; did the browser open a page?");

    public void Dispose() => Browser.Dispose();
}
