// Starts Tandem for local use: the dev identity provider, the API and the web server, each as its own
// process, wired to one another and to the embedded SQLite file, with their logs and traces in the dashboard.
// Ports come from configuration (Ports:Web, Ports:Api, Ports:Identity) so they can be moved when taken.

var builder = DistributedApplication.CreateBuilder(args);

var webPort = Port("Web", 5080);
var apiPort = Port("Api", 5081);
var identityPort = Port("Identity", 5082);

var webUrl = $"http://localhost:{webPort}";
var apiUrl = $"http://localhost:{apiPort}";
var identityUrl = $"http://localhost:{identityPort}";

// Each server listens on its fixed port itself (no proxy in front), so the URLs a person sees in the
// browser are the URLs the servers know themselves by, which OpenID Connect redirects depend on.
builder.AddProject<Projects.Tandem_DevIdentity>("identity", launchProfileName: null)
    .WithHttpEndpoint(port: identityPort, isProxied: false)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithEnvironment("DevIdentity__Clients__0__RedirectUris__0", $"{webUrl}/signin/callback/dev")
    .WithEnvironment("DevIdentity__Clients__0__PostLogoutRedirectUris__0", $"{webUrl}/");

var api = builder.AddProject<Projects.Tandem_Api>("api", launchProfileName: null)
    .WithHttpEndpoint(port: apiPort, isProxied: false)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithEnvironment("Jwt__Issuer", webUrl)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Tandem_Web>("web", launchProfileName: null)
    .WithHttpEndpoint(port: webPort, isProxied: false)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
    .WithEnvironment("Jwt__Issuer", webUrl)
    .WithEnvironment("Api__BaseUrl", apiUrl)
    .WithEnvironment("SignIn__Oidc__dev__Authority", $"{identityUrl}/")
    .WithHttpHealthCheck("/health")
    .WaitFor(api);

builder.Build().Run();

int Port(string name, int fallback) =>
    int.TryParse(builder.Configuration[$"Ports:{name}"], out var port) ? port : fallback;
