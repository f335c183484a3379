namespace Tandem.IntegrationTests.Streaming;

/// <summary>
/// Holds the web server's requests for an author's posts at the door until the test opens it, so a test
/// can read what a page sent before the slow part without depending on how long anything takes.
/// </summary>
public sealed class ApiGate
{
    private TaskCompletionSource _open = NewSource();
    private TaskCompletionSource _entered = NewSource();
    private volatile bool _armed;

    /// <summary>Completes when a held request reaches the gate.</summary>
    public Task Entered => _entered.Task;

    /// <summary>From now on, requests for an author's posts wait until <see cref="Open"/>.</summary>
    public void Close()
    {
        _open = NewSource();
        _entered = NewSource();
        _armed = true;
    }

    public void Open()
    {
        _armed = false;
        _open.TrySetResult();
    }

    internal async Task PassAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_armed || request.RequestUri is not { } uri || !IsAuthorPosts(uri.AbsolutePath))
        {
            return;
        }

        _entered.TrySetResult();
        await _open.Task.WaitAsync(cancellationToken);
    }

    private static bool IsAuthorPosts(string path) =>
        path.StartsWith("/users/", StringComparison.Ordinal) && path.EndsWith("/posts", StringComparison.Ordinal);

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
