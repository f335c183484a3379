using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using Tandem.Web.ApiClient;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Tandem.Web.ApiProxy;

/// <summary>
/// Everything the proxy needs to reach the API: the single configured address, one pooled HTTP client
/// and the request and response rewrites. Nothing here is ever taken from the incoming request.
/// </summary>
internal sealed class ApiProxyDestination : IDisposable
{
    public ApiProxyDestination(IOptions<ApiOptions> options, ITransformBuilder transforms)
    {
        var api = options.Value;
        Prefix = api.BaseUrl.GetLeftPart(UriPartial.Authority) + api.BaseUrl.AbsolutePath.TrimEnd('/');

        Invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            // The API is a fixed address of our own: no system proxy, no redirects to somewhere else,
            // bodies passed on exactly as sent, and cookies never kept between requests.
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = api.Timeout,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
        });

        // The same patience as a page's API call; it is an idle limit, so a long stream that keeps
        // moving is never cut off.
        RequestConfig = new ForwarderRequestConfig { ActivityTimeout = api.Timeout };

        Transformer = transforms.Create(ApiProxyTransforms.Configure);
    }

    /// <summary>The API's base address, without a trailing slash; the forwarded path is appended to it.</summary>
    public string Prefix { get; }

    public HttpMessageInvoker Invoker { get; }

    public ForwarderRequestConfig RequestConfig { get; }

    public HttpTransformer Transformer { get; }

    public void Dispose() => Invoker.Dispose();
}
