using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.OutputCaching;
using Tandem.Web.ApiClient;
using Tandem.Web.Caching;
using Tandem.Web.Components.Posts;

namespace Tandem.Web.Seo;

internal static class FeedEndpoint
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>An Atom feed (RFC 4287) of the newest posts, from the same API listing as the home page.</summary>
    public static IEndpointRouteBuilder MapFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", async (HttpContext context, TandemApiClient api) =>
        {
            PostList? posts;
            try
            {
                posts = await api.ListPostsAsync(before: null, context.RequestAborted);
            }
            catch (ApiUnavailableException)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The feed is unavailable");
            }

            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(Write(origin, posts?.Items ?? []), "application/atom+xml; charset=utf-8");
        }).CacheOutput(AnonymousPagePolicy.Name);

        return app;
    }

    // The feed is a few kilobytes, so it is built in memory: XmlWriter's synchronous writes never touch
    // the response stream, where ASP.NET Core forbids synchronous I/O.
    private static byte[] Write(string origin, IReadOnlyList<PostSummary> posts)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            WriteFeed(xml, origin, posts);
        }

        return buffer.ToArray();
    }

    private static void WriteFeed(XmlWriter xml, string origin, IReadOnlyList<PostSummary> posts)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, "Tandem: newest posts");
        xml.WriteElementString("id", AtomNamespace, origin + "/");
        xml.WriteElementString("updated", AtomNamespace, Timestamp(posts.Count > 0 ? posts[0].CreatedAt : DateTimeOffset.UnixEpoch));
        WriteLink(xml, origin + "/feed.atom", "self");
        WriteLink(xml, origin + "/", "alternate");

        foreach (var post in posts)
        {
            var url = origin + PostLinks.Canonical(post.Id, post.Slug);
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, post.Title);
            xml.WriteElementString("id", AtomNamespace, url);
            xml.WriteElementString("published", AtomNamespace, Timestamp(post.CreatedAt));
            xml.WriteElementString("updated", AtomNamespace, Timestamp(post.CreatedAt));
            WriteLink(xml, url, "alternate");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, post.Author.DisplayName);
            xml.WriteEndElement();
            xml.WriteElementString("summary", AtomNamespace, post.Excerpt);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
