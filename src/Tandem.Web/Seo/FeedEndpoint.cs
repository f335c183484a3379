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

            var origin = XmlResponse.Origin(context);
            return XmlResponse.Create(context, "application/atom+xml", TimeSpan.FromMinutes(5),
                xml => WriteFeed(xml, origin, posts?.Items ?? []));
        }).CacheOutput(AnonymousPagePolicy.Name);

        return app;
    }

    private static void WriteFeed(XmlWriter xml, string origin, IReadOnlyList<PostSummary> posts)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, "Tandem: newest posts");
        xml.WriteElementString("id", AtomNamespace, origin + "/");
        var updated = posts.Count > 0 ? posts[0].CreatedAt : DateTimeOffset.UnixEpoch;
        xml.WriteElementString("updated", AtomNamespace, XmlResponse.Timestamp(updated));
        WriteLink(xml, origin + "/feed.atom", "self");
        WriteLink(xml, origin + "/", "alternate");

        foreach (var post in posts)
        {
            var url = origin + PostLinks.Canonical(post.Id, post.Slug);
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, post.Title);
            xml.WriteElementString("id", AtomNamespace, url);
            xml.WriteElementString("published", AtomNamespace, XmlResponse.Timestamp(post.CreatedAt));
            xml.WriteElementString("updated", AtomNamespace, XmlResponse.Timestamp(post.CreatedAt));
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
}
