using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.ApiClient;

/// <summary>Where the API server is and how long a page waits for it. Bound from the <c>Api</c> section.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    [Required(ErrorMessage = "Set Api:BaseUrl to the API server's address, e.g. http://localhost:5081.")]
    public Uri BaseUrl { get; set; } = new("http://localhost:5081");

    /// <summary>
    /// A page gives up on the API after this long and says so, rather than hanging the visitor's browser.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Api:Timeout must be between 100 ms and 1 minute.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
