using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Web.Tokens;

internal static class JwksEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    /// <summary>
    /// Publishes the public half of every key not yet retired (RFC 7517): the key signing now, the keys
    /// whose tokens may still be live, and the next key, published ahead of its first use, so an API
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

            // Keys are published SigningKeyOptions.PublishAhead (at least twice this) before they sign, so a
            // validator honouring this max-age always holds a key before the first token it signs arrives.
            context.Response.Headers.CacheControl =
                $"public, max-age={(int)SigningKeyOptions.JwksMaxAge.TotalSeconds}";
            var json = new StringBuilder("{\"keys\":[").AppendJoin(',', keys).Append("]}").ToString();
            return Results.Text(json, "application/jwk-set+json", Encoding.UTF8);
        });

        return app;
    }
}
