using Microsoft.AspNetCore.Http.HttpResults;

namespace Tandem.Api.Home;

internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder app)
    {
        var home = app.MapGroup("/").WithTags("Home").AllowAnonymous();

        home.MapGet("", GetDescription)
            .WithName("GetApiDescription")
            .WithSummary("The API's name and where its OpenAPI document and health check are.");

        return app;
    }

    private static Ok<ApiDescription> GetDescription() => TypedResults.Ok(ApiDescription.Current);
}
