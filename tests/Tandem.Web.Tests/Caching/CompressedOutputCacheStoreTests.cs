using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Web.Caching;

namespace Tandem.Web.Tests.Caching;

public sealed class CompressedOutputCacheStoreTests
{
    [Fact]
    public async Task A_stored_page_comes_back_byte_for_byte_and_takes_a_fraction_of_its_size()
    {
        var page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 40)
            .Select(i => $"<p>This is sentence {i} of a post, with <b>bold</b> words.</p>\n")));
        var inner = new RecordingStore();
        var store = new CompressedOutputCacheStore(inner);

        await store.SetAsync("page", page, tags: null, TimeSpan.FromMinutes(1), CancellationToken.None);
        var back = await store.GetAsync("page", CancellationToken.None);

        Assert.Equal(page, back);
        var stored = inner.Entries["page"].Length;
        Assert.True(stored < page.Length / 3, $"{stored} of {page.Length}");
    }

    [Fact]
    public async Task A_missing_page_is_a_miss_and_evictions_reach_the_store_underneath()
    {
        var inner = new RecordingStore();
        var store = new CompressedOutputCacheStore(inner);

        Assert.Null(await store.GetAsync("absent", CancellationToken.None));
        await store.EvictByTagAsync("posts", CancellationToken.None);

        Assert.Equal(["posts"], inner.EvictedTags);
    }

    [Fact]
    public void An_entry_it_did_not_write_is_refused_loudly()
    {
        Assert.Throws<InvalidDataException>(() => CompressedOutputCacheStore.Decompress([1, 2]));
        Assert.Throws<InvalidDataException>(() => CompressedOutputCacheStore.Decompress([10, 0, 0, 0, 1, 2, 3]));
    }

    [Fact]
    public async Task The_page_cache_registers_it_over_a_memory_store_whose_size_limit_counts_compressed_bytes()
    {
        var settings = new Dictionary<string, string?> { ["OutputCache:SizeLimitMegabytes"] = "1" };
        var services = new ServiceCollection()
            .AddLogging()
            .AddTandemPageCache(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IOutputCacheStore>();
        var page = Encoding.UTF8.GetBytes(
            string.Concat(Enumerable.Repeat("<p>Repeated words in a page.</p>", 200)));

        // 400 pages of 6.4 KB are 2.5 MB: more than the limit raw, well within it compressed.
        for (var i = 0; i < 400; i++)
        {
            await store.SetAsync($"page-{i}", page, null, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        Assert.IsType<CompressedOutputCacheStore>(store);
        Assert.Equal(page, await store.GetAsync("page-0", CancellationToken.None));
        Assert.Equal(page, await store.GetAsync("page-399", CancellationToken.None));
    }

    private sealed class RecordingStore : IOutputCacheStore
    {
        public Dictionary<string, byte[]> Entries { get; } = [];

        public List<string> EvictedTags { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            EvictedTags.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Entries.GetValueOrDefault(key));

        public ValueTask SetAsync(
            string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Entries[key] = value;
            return ValueTask.CompletedTask;
        }
    }
}
