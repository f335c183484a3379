namespace Tandem.Api.Authentication;

/// <summary>Endpoint groups whose handlers act for the signed-in user, a <see cref="CurrentUser"/>.</summary>
internal static class CurrentUserEndpoints
{
    /// <summary>
    /// Authorization by <paramref name="policy"/> (the default when null) and a filter that answers 401 to a
    /// principal without a user id. Authentication refuses such tokens already; the filter keeps a handler
    /// from ever running without its user should that change.
    /// </summary>
    public static RouteGroupBuilder RequireCurrentUser(this RouteGroupBuilder group, string? policy = null)
    {
        var authorized = policy is null ? group.RequireAuthorization() : group.RequireAuthorization(policy);

        authorized
            .AddEndpointFilter(async (invocation, next) => CurrentUser.Of(invocation.HttpContext.User) is null
                ? TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Not signed in",
                    detail: "This token does not name a user.")
                : await next(invocation))
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return group;
    }
}
