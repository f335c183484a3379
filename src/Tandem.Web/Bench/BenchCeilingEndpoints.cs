using System.Text;
using Microsoft.Extensions.Options;

namespace Tandem.Web.Bench;

/// <summary>
/// Two pages that exist only so the benchmark can tell how much of a page's cost is Tandem's own work:
/// C0 is the fastest this server can answer at all (a fixed 10 KB HTML document, no rendering), and C1
/// (<see cref="CeilingPostPage"/>) renders a post page through the real layout and components with a
/// fixed post, so it costs everything P2 costs except the call to the API.
/// </summary>
internal static class BenchCeilingEndpoints
{
    public const string StaticPath = "/bench/ceiling/static";

    public const string PostPath = "/bench/ceiling/post";

    private const int StaticPageBytes = 10 * 1024;

    private static readonly byte[] StaticPage = Encoding.UTF8.GetBytes(BuildStaticPage());

    public static IServiceCollection AddBenchCeiling(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BenchOptions>().Bind(configuration.GetSection(BenchOptions.SectionName));
        return services;
    }

    /// <summary>Maps C0 when <c>Bench:CeilingEndpoints</c> is true. C1 is a page; it answers 404 then.</summary>
    public static IEndpointRouteBuilder MapBenchCeiling(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<BenchOptions>>().Value.CeilingEndpoints)
        {
            app.MapGet(StaticPath, () => Results.Bytes(StaticPage, "text/html; charset=utf-8"));
        }

        return app;
    }

    private static string BuildStaticPage()
    {
        const string Head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n" +
            "<title>Ceiling · Tandem</title>\n</head>\n<body>\n<main>\n";
        const string Tail = "</main>\n</body>\n</html>\n";
        const string Paragraph =
            "<p>A fixed paragraph of the benchmark's static ceiling page, the same on every request.</p>\n";

        var page = new StringBuilder(Head);
        while (Bytes(page) + Paragraph.Length + Tail.Length <= StaticPageBytes)
        {
            page.Append(Paragraph);
        }

        var filled = Bytes(page) + Tail.Length;
        return page.Append(' ', StaticPageBytes - filled).Append(Tail).ToString();
    }

    private static int Bytes(StringBuilder text) => Encoding.UTF8.GetByteCount(text.ToString());
}
