using System.ComponentModel.DataAnnotations;

namespace Tandem.Api.Authentication;

/// <summary>
/// Which tokens the API accepts. The web server mints them from the same <c>Jwt</c> section, so the two
/// servers must agree on both values.
/// </summary>
internal sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The <c>iss</c> every token must carry: the web server's public origin.</summary>
    [Required(ErrorMessage = "Jwt:Issuer is empty. Set it to the web server's public origin, the same value " +
        "the web server has (for example http://localhost:5080).")]
    public string Issuer { get; set; } = "http://localhost:5080";

    /// <summary>The <c>aud</c> every token must carry: this API's name.</summary>
    [Required(ErrorMessage = "Jwt:Audience is empty. Set it to this API's audience name, the same value the " +
        "web server has (for example tandem-api).")]
    public string Audience { get; set; } = "tandem-api";
}
