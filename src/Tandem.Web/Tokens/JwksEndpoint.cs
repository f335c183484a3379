using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Web.Tokens;

internal static class JwksEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    /// <summary>
    /// Publishes the public half of every key that may still verify a live token (RFC 7517), so an API
    /// outside Tandem can validate Tandem's JWTs with any standard JWT library.
    /// </summary>
    public static IEndpointRouteBuilder MapJwks(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (TandemDbContext db, TimeProvider time, HttpContext context) =>
        {
            var now = time.GetUtcNow();
            var keys = await db.SigningKeys
                .Where(k => k.RetiresAt > now)
                .OrderByDescending(k => k.CreatedAt)
                .Select(k => k.PublicJwk)
                .ToListAsync(context.RequestAborted);

            // Five minutes of caching is short next to a key's overlap period, so a validator that caches
            // this document sees a new key long before the first token it signs.
            context.Response.Headers.CacheControl = "public, max-age=300";
            var json = new StringBuilder("{\"keys\":[").AppendJoin(',', keys).Append("]}").ToString();
            return Results.Text(json, "application/jwk-set+json", Encoding.UTF8);
        });

        return app;
    }
}
