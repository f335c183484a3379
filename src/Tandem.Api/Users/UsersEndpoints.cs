using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Posts;
using Tandem.Data;

namespace Tandem.Api.Users;

internal static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users/{handle}").WithTags("Users");

        users.MapGet("", GetProfileAsync)
            .WithName("GetAuthor")
            .WithSummary("An author's public profile and how many posts they have written.");

        users.MapGet("/posts", ListPostsAsync)
            .WithName("ListAuthorPosts")
            .WithSummary("An author's posts, newest first, a page at a time as /posts pages.");

        return app;
    }

    private static async Task<Results<Ok<AuthorProfile>, ProblemHttpResult>> GetProfileAsync(
        string handle, TandemDbContext db, CancellationToken cancellationToken)
    {
        var profile = await db.Users
            .Where(u => u.Handle == handle)
            .Select(u => new AuthorProfile(
                u.Id, u.Handle, u.DisplayName, u.AvatarUrl, db.Posts.Count(p => p.AuthorId == u.Id)))
            .SingleOrDefaultAsync(cancellationToken);

        return profile is null ? AuthorNotFound() : TypedResults.Ok(profile);
    }

    private static async Task<Results<Ok<PostList>, ValidationProblem, ProblemHttpResult>> ListPostsAsync(
        string handle, string? before, string? limit, TandemDbContext db, CancellationToken cancellationToken)
    {
        var page = PageRequest.Parse(before, limit, out var errors);
        if (page is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var authorId = await db.Users
            .Where(u => u.Handle == handle)
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (authorId is not { } id)
        {
            return AuthorNotFound();
        }

        return TypedResults.Ok(
            await PostQueries.ReadPageAsync(db.Posts.Where(p => p.AuthorId == id), page, cancellationToken));
    }

    private static ProblemHttpResult AuthorNotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Author not found",
        detail: "No user has this handle.");
}
