namespace Tandem.DevIdentity.Authorization;

/// <summary>
/// The OpenID Connect endpoints. OpenIddict checks each request in its authentication handler first and
/// passes only well-formed ones through to these handlers; discovery and JWKS it answers by itself.
/// </summary>
internal static class ConnectEndpoints
{
    // OpenIddict takes endpoint URIs relative to the issuer, hence no leading slash.
    public const string AuthorizeUri = "connect/authorize";

    public const string TokenUri = "connect/token";

    public const string UserInfoUri = "connect/userinfo";

    public const string EndSessionUri = "connect/endsession";

    // OpenID Connect lets clients send these requests either way (Core 1.0, sections 3.1.2.1 and 5.3.1).
    private static readonly string[] GetOrPost = [HttpMethods.Get, HttpMethods.Post];

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + AuthorizeUri, GetOrPost, AuthorizeEndpoint.HandleAsync);
        app.MapPost("/" + TokenUri, TokenEndpoint.HandleAsync);
        // The cast picks the route-handler overload: a bare HttpContext parameter would otherwise bind the
        // method as a RequestDelegate, and the IResult it returns would never be executed.
        app.MapMethods("/" + UserInfoUri, GetOrPost, (Delegate)UserInfoEndpoint.HandleAsync);
        app.MapMethods("/" + EndSessionUri, GetOrPost, EndSessionEndpoint.HandleAsync);

        return app;
    }
}
