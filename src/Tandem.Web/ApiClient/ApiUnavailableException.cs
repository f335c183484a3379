namespace Tandem.Web.ApiClient;

/// <summary>The API could not be reached, did not answer in time, or failed; pages show a 503 with a retry.</summary>
public sealed class ApiUnavailableException : Exception
{
    public ApiUnavailableException()
    {
    }

    public ApiUnavailableException(string message)
        : base(message)
    {
    }

    public ApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
