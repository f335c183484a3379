using System.Globalization;
using System.Text;
using System.Xml;

namespace Tandem.Web.Seo;

/// <summary>How the feed and the sitemaps write their XML: built in memory, then sent with a cache lifetime.</summary>
internal static class XmlResponse
{
    /// <summary>
    /// Runs <paramref name="write"/> on an XmlWriter over a buffer and answers with its UTF-8 bytes. The
    /// documents are a few megabytes at most, and XmlWriter writes synchronously, which the response stream
    /// refuses.
    /// </summary>
    public static IResult Create(HttpContext context, string contentType, TimeSpan cacheFor, Action<XmlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            write(xml);
        }

        context.Response.Headers.CacheControl = string.Create(
            CultureInfo.InvariantCulture, $"public, max-age={(int)cacheFor.TotalSeconds}");
        return Results.Bytes(buffer.ToArray(), contentType + "; charset=utf-8");
    }

    /// <summary>The site's address as the request named it, which every absolute link in the XML starts with.</summary>
    public static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    /// <summary>A W3C date-time in UTC to the second, as both Atom and sitemaps accept.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
