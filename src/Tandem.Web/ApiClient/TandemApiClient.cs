using System.Net;
using System.Net.Http.Headers;

namespace Tandem.Web.ApiClient;

/// <summary>
/// The typed HTTP client pages use to get their data. Connections are pooled by the client factory;
/// anonymous calls carry no token, and a signed-in page's calls carry its session's JWT.
/// </summary>
internal sealed class TandemApiClient(HttpClient http)
{
    public Task<ApiStatus?> GetStatusAsync(CancellationToken cancellationToken) =>
        SendAsync<ApiStatus>(new HttpRequestMessage(HttpMethod.Get, "/"), cancellationToken);

    /// <summary>The signed-in user, or null when the API does not accept the token (session ended).</summary>
    public Task<CurrentUser?> GetCurrentUserAsync(string accessToken, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return SendAsync<CurrentUser>(request, cancellationToken);
    }

    private async Task<T?> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
        where T : class
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                throw new ApiUnavailableException("The API server could not be reached.", exception);
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ApiUnavailableException("The API server did not answer in time.", exception);
            }

            using (response)
            {
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound)
                {
                    return null;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new ApiUnavailableException($"The API server answered {(int)response.StatusCode}.");
                }

                return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                    ?? throw new ApiUnavailableException("The API server sent an empty answer.");
            }
        }
    }
}
