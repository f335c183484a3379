using System.Net;

namespace Tandem.IntegrationTests.Caching;

/// <summary>One page as a reader without cookies got it; FromCache when the output cache answered.</summary>
internal sealed record AnonymousPage(HttpStatusCode Status, string Html, bool FromCache, bool SetsCookie);
