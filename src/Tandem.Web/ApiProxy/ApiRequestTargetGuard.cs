namespace Tandem.Web.ApiProxy;

/// <summary>
/// Refuses trick targets aimed at /api before anything else runs. It has to come first: Kestrel has
/// already normalised /api/posts/../../account to /account, and that page's sign-in redirect would
/// otherwise answer before a check further down the pipeline saw the request.
/// </summary>
internal sealed class ApiRequestTargetGuard(ILogger<ApiRequestTargetGuard> logger) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(RefuseTrickTargetsAsync);
        next(app);
    };

    private async Task RefuseTrickTargetsAsync(HttpContext context, RequestDelegate next)
    {
        if (ApiRequestTarget.IsForApi(context) && ApiRequestTarget.Refusal(context) is { } reason)
        {
            ApiProxyLog.RefusedTarget(logger, context.Request.Path, reason);
            await ApiProxyProblems.WriteAsync(
                context, StatusCodes.Status400BadRequest, "Request target refused", reason);
            return;
        }

        await next(context);
    }
}
