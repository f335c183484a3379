namespace Tandem.Api.Home;

internal sealed record ApiLinks(string OpenApi, string Health);
