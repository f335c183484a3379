using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.Caching;

/// <summary>
/// Output caching of the pages anonymous readers see (home, posts, authors, feed, sitemap). Bound from the
/// <c>OutputCache</c> section.
/// </summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>Serve anonymous pages from memory. Off, every page is rendered from the API's answer.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the API's posts version is read. A post changed through another web instance, or straight
    /// through the API, is on every anonymous page within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00",
        ErrorMessage = "OutputCache:PollInterval must be between 100 milliseconds and one minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a page stays cached when nothing changes. Invalidation does not depend on it; it bounds how
    /// long a page survives when the API cannot be asked, and how long rarely read pages hold memory.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00",
        ErrorMessage = "OutputCache:Duration must be between one second and one day.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Memory the cached pages may take, in megabytes, counted compressed. A post page is about 4 KB and
    /// is kept in about 1.2 KB, so the default holds some 25,000 posts; when it is full, the cache drops
    /// pages to make room.
    /// </summary>
    [Range(1, 4096, ErrorMessage = "OutputCache:SizeLimitMegabytes must be between 1 and 4096.")]
    public int SizeLimitMegabytes { get; set; } = 32;
}
