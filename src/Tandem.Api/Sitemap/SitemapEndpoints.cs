using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Posts;
using Tandem.Data;

namespace Tandem.Api.Sitemap;

internal static class SitemapEndpoints
{
    /// <summary>The sitemap protocol's limit of addresses in one file, and so the size of one page here.</summary>
    public const int MaxPageSize = 50_000;

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap/posts", GetPageAsync)
            .WithTags("Sitemap")
            .WithName("GetSitemapPage")
            .WithSummary("Every post's id, slug and last change, 50,000 at a time, oldest first.");

        return app;
    }

    private static async Task<Results<Ok<SitemapPage>, ValidationProblem>> GetPageAsync(
        int? page, TandemDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        // Smaller pages are configurable only so that tests can reach the sitemap-index form with a few posts.
        var pageSize = Math.Clamp(configuration.GetValue("Sitemap:PageSize", MaxPageSize), 1, MaxPageSize);

        var number = page ?? 1;
        if (number < 1 || (long)(number - 1) * pageSize > int.MaxValue)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = ["The page number starts at 1 and stays within the number of posts."],
            });
        }

        // Offset paging is slow for deep pages, but a sitemap is read a few times a day, and only the id
        // and title columns are read.
        var total = await db.Posts.CountAsync(cancellationToken);
        var rows = await db.Posts
            .OrderBy(p => p.Id)
            .Skip((number - 1) * pageSize)
            .Take(pageSize)
            .Select(p => new { p.Id, p.Title, p.UpdatedAt })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new SitemapEntry(r.Id, Slug.From(r.Title), r.UpdatedAt)).ToList();
        return TypedResults.Ok(new SitemapPage(total, pageSize, items));
    }
}
