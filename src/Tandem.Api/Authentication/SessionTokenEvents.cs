using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Tandem.Api.Authentication;

/// <summary>What the API adds to JwtBearer: the live-session check, rejection logs, ProblemDetails 401s.</summary>
internal sealed class SessionTokenEvents(
    LiveSessionCheck sessions,
    IProblemDetailsService problemDetails,
    ILogger<SessionTokenEvents> logger) : JwtBearerEvents
{
    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var rejection = await sessions.FindRejectionAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (rejection is not null)
        {
            context.Fail(rejection);
        }
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        // Validation failures arrive as these types; anything else (the database failing, say) is not the
        // caller's fault, and JwtBearer logs it as an error itself.
        if (context.Exception is SecurityTokenException or ArgumentException
            && logger.IsEnabled(LogLevel.Information))
        {
            logger.TokenRejected(context.Exception.GetType().Name);
        }

        return Task.CompletedTask;
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();

        // RFC 6750 section 3.1: a request without credentials gets the bare challenge; one whose token was
        // refused gets error="invalid_token". No error_description: why a token failed is for our logs.
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? JwtBearerDefaults.AuthenticationScheme
            : $"{JwtBearerDefaults.AuthenticationScheme} error=\"invalid_token\"";

        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = context.AuthenticateFailure is null
                    ? "This endpoint needs a bearer token from the Tandem web server."
                    : "The bearer token is not valid, has expired, or its session has ended.",
            },
        });
    }
}
