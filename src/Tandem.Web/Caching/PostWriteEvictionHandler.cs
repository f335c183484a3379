namespace Tandem.Web.Caching;

/// <summary>
/// Evicts every cached page as soon as a write through this web server succeeds at the API, so the writer
/// sees the change on the very next page. Changes made elsewhere are found by <see cref="PostsVersionPoller"/>.
/// </summary>
internal sealed class PostWriteEvictionHandler(PageCacheGeneration generation) : DelegatingHandler
{
    private const string PreviewPath = "/posts/preview";

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);

        // Every successful write counts, not only those to /posts: deleting an account deletes its posts.
        // A preview is a POST that stores nothing.
        if (response.IsSuccessStatusCode && IsWrite(request))
        {
            await generation.AdvanceAsync(cancellationToken);
        }

        return response;
    }

    private static bool IsWrite(HttpRequestMessage request) =>
        request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
        && request.RequestUri?.OriginalString.EndsWith(PreviewPath, StringComparison.Ordinal) != true;
}
