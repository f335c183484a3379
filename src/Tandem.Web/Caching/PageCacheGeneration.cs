using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Tandem.Web.Caching;

/// <summary>
/// A number that is part of every cached page's key and goes up whenever any post changes, so that no page
/// stored before the change can be served after it.
/// </summary>
/// <remarks>
/// Evicting by tag alone was not enough: in the caching integration tests a post page stored again soon
/// after one eviction survived the next, so the memory store's tag bookkeeping is not relied on alone.
/// A page whose rendering began before a change is stored under the old number and is never found.
/// Eviction by tag still runs, to give the memory back.
/// </remarks>
internal sealed class PageCacheGeneration(IOutputCacheStore store)
{
    private long _current;

    public string Current => Volatile.Read(ref _current).ToString(CultureInfo.InvariantCulture);

    public async ValueTask AdvanceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _current);
        await store.EvictByTagAsync(AnonymousPagePolicy.PostsTag, cancellationToken);
    }
}
