using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tandem.Api.Authentication;
using Tandem.Api.Markdown;
using Tandem.Data;
using Tandem.Data.Posts;

namespace Tandem.Api.Posts;

internal static class PostsEndpoints
{
    public static IEndpointRouteBuilder MapPosts(this IEndpointRouteBuilder app)
    {
        var posts = app.MapGroup("/posts").WithTags("Posts");

        posts.MapGet("", ListAsync)
            .WithName("ListPosts")
            .WithSummary("The newest posts, a page at a time: pass nextBefore as before for the next.");

        posts.MapGet("/version", GetVersionAsync)
            .WithName("GetPostsVersion")
            .WithSummary("A number that goes up on every create, edit and delete of any post.");

        posts.MapGet("/{id:long}", GetAsync)
            .WithName("GetPost")
            .WithSummary("One post, with its Markdown and its sanitized HTML.");

        var writes = posts.MapGroup("")
            .RequireCurrentUser()
            .WithMetadata(new RequestSizeLimitAttribute(JsonRequestBody.MaxBytes))
            .ProducesValidationProblem();

        writes.MapPost("", CreateAsync)
            .WithName("CreatePost")
            .WithSummary("Publishes a post by the signed-in user.")
            .Accepts<PostRequest>("application/json");

        writes.MapPut("/{id:long}", UpdateAsync)
            .WithName("UpdatePost")
            .WithSummary("Rewrites the title and body of one of the signed-in user's posts.")
            .Accepts<PostRequest>("application/json");

        writes.MapDelete("/{id:long}", DeleteAsync)
            .WithName("DeletePost")
            .WithSummary("Deletes one of the signed-in user's posts.");

        writes.MapPost("/preview", PreviewAsync)
            .WithName("PreviewPost")
            .WithSummary("Renders a body as a post would show it, without storing anything.")
            .Accepts<PreviewRequest>("application/json");

        return app;
    }

    private static async Task<Results<Ok<PostList>, ValidationProblem>> ListAsync(
        string? before, string? limit, TandemDbContext db, CancellationToken cancellationToken)
    {
        var page = PageRequest.Parse(before, limit, out var errors);
        if (page is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await PostQueries.ReadNewestPageAsync(db, page, cancellationToken));
    }

    private static async Task<Ok<PostsVersion>> GetVersionAsync(TandemDbContext db, CancellationToken cancellationToken)
    {
        var value = await db.ContentVersions
            .Where(v => v.Id == ContentVersion.SingleRowId)
            .Select(v => v.Value)
            .SingleAsync(cancellationToken);

        return TypedResults.Ok(new PostsVersion(value));
    }

    private static async Task<Results<Ok<PostDetail>, ProblemHttpResult>> GetAsync(
        long id, TandemDbContext db, CancellationToken cancellationToken)
    {
        var post = await PostQueries.FindDetailAsync(db, id, cancellationToken);
        return post is null ? PostNotFound(id) : TypedResults.Ok(post);
    }

    private static async Task<Results<Created<PostDetail>, ProblemHttpResult>> CreateAsync(
        HttpRequest request,
        CurrentUser user,
        TandemDbContext db,
        MarkdownRenderer markdown,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (valid, problem) = await ReadPostAsync(request, cancellationToken);
        if (valid is null)
        {
            return problem!;
        }

        var author = await db.Users
            .Where(u => u.Id == user.Id)
            .Select(u => new AuthorSummary(u.Id, u.Handle, u.DisplayName))
            .SingleOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return UserNotFound();
        }

        var rendered = markdown.Render(valid.Body);
        var now = Now(time);
        var post = new Post
        {
            AuthorId = user.Id,
            Title = valid.Title,
            Body = valid.Body,
            BodyHtml = rendered.Html,
            Excerpt = rendered.Excerpt,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);

        loggers.CreateLogger(PostsLog.Category).PostCreated(user.Id, post.Id);
        return TypedResults.Created($"/posts/{post.Id}", ToDetail(post, author));
    }

    private static async Task<Results<Ok<PostDetail>, ProblemHttpResult>> UpdateAsync(
        long id,
        HttpRequest request,
        CurrentUser user,
        TandemDbContext db,
        MarkdownRenderer markdown,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (valid, problem) = await ReadPostAsync(request, cancellationToken);
        if (valid is null)
        {
            return problem!;
        }

        var rendered = markdown.Render(valid.Body);
        var now = Now(time);

        // The author check is part of the update itself, so nothing can slip in between check and write.
        var updated = await db.Posts
            .Where(p => p.Id == id && p.AuthorId == user.Id)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(p => p.Title, valid.Title)
                    .SetProperty(p => p.Body, valid.Body)
                    .SetProperty(p => p.BodyHtml, rendered.Html)
                    .SetProperty(p => p.Excerpt, rendered.Excerpt)
                    .SetProperty(p => p.UpdatedAt, now),
                cancellationToken);
        if (updated == 0)
        {
            return await RefusedChangeAsync(id, user.Id, db, loggers, cancellationToken);
        }

        loggers.CreateLogger(PostsLog.Category).PostUpdated(user.Id, id);

        var post = await PostQueries.FindDetailAsync(db, id, cancellationToken);

        // Null only when a delete landed between the update and this read.
        return post is null ? PostNotFound(id) : TypedResults.Ok(post);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id,
        CurrentUser user,
        TandemDbContext db,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {

        var deleted = await db.Posts
            .Where(p => p.Id == id && p.AuthorId == user.Id)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return await RefusedChangeAsync(id, user.Id, db, loggers, cancellationToken);
        }

        loggers.CreateLogger(PostsLog.Category).PostDeleted(user.Id, id);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PreviewResponse>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<PreviewRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (PostValidation.BodyError(body!.Body) is { } error)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [PostValidation.BodyField] = [error] });
        }

        return TypedResults.Ok(new PreviewResponse(markdown.Render(body.Body!).Html));
    }

    /// <summary>
    /// The title and body a create or update sends, read and validated; or, when they are not fit to store,
    /// the problem to answer with (a validation problem names each field and what is wrong with it).
    /// </summary>
    private static async Task<(ValidPost? Post, ProblemHttpResult? Problem)> ReadPostAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<PostRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var valid = PostValidation.Validate(body!, out var errors);
        return valid is null
            ? (null, TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
            }))
            : (valid, null);
    }

    /// <summary>Why an update or delete matched no row: someone else's post (403), or none (404).</summary>
    private static async Task<ProblemHttpResult> RefusedChangeAsync(
        long id, Guid userId, TandemDbContext db, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!await db.Posts.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return PostNotFound(id);
        }

        loggers.CreateLogger(PostsLog.Category).ChangeOfAnotherUsersPost(userId, id);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not your post",
            detail: "Only the author of a post may change or delete it.");
    }

    private static PostDetail ToDetail(Post post, AuthorSummary author) => new(
        post.Id,
        post.Title,
        Slug.From(post.Title),
        post.Body,
        post.BodyHtml,
        post.Excerpt,
        post.CreatedAt,
        post.UpdatedAt,
        author);

    /// <summary>
    /// Now, to the whole millisecond. SQLite keeps timestamps to 0.1 ms and PostgreSQL to 1 µs, so a finer
    /// value would come back different from what the write's response said.
    /// </summary>
    private static DateTimeOffset Now(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private static ProblemHttpResult PostNotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Post not found",
        detail: $"There is no post {id}.");

    // Deleting a user deletes their sessions, so this happens only when the deletion lands between the
    // session check and this request's own query.
    private static ProblemHttpResult UserNotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "User not found",
        detail: "The user this token was issued to no longer exists.");
}
