using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Tandem.Web.Caching;

/// <summary>
/// A number that is part of every cached page's key and goes up whenever any post changes, so that no page
/// stored before the change can be served after it.
/// </summary>
/// <remarks>
/// A page whose rendering began before a change is stored under the old number and is never found, which
/// eviction by tag alone cannot promise. Eviction by tag still runs, to give the memory back.
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
