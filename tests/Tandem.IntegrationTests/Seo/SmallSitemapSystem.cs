using Tandem.Testing;

namespace Tandem.IntegrationTests.Seo;

/// <summary>The system with sitemap files of three addresses, so a few posts reach the sitemap-index form.</summary>
public sealed class SmallSitemapSystem : TandemSystem
{
    public const int PageSize = 3;

    protected override IReadOnlyDictionary<string, string?> ExtraApiSettings() => new Dictionary<string, string?>
    {
        ["Sitemap:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
