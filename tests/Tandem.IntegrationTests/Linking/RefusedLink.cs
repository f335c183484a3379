namespace Tandem.IntegrationTests.Linking;

/// <summary>
/// A person's attempt to link a provider account that already belongs to another user: the person's
/// browser and user, the owner, and the web server's redirect after the callback.
/// </summary>
internal sealed record RefusedLink(
    TestBrowser Browser, Guid UserId, DevPerson Owner, Guid OwnerId, HttpResponseMessage Response)
    : IDisposable
{
    public void Dispose()
    {
        Response.Dispose();
        Browser.Dispose();
    }
}
