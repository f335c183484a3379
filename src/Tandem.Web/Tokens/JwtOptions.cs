using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.Tokens;

/// <summary>
/// How the web server mints session JWTs. The API reads the same <c>Jwt</c> section. The key schedule is
/// in <see cref="SigningKeyOptions"/> (<c>Jwt:Keys</c>).
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The <c>iss</c> claim: the web server's public origin.</summary>
    [Required(ErrorMessage = "Set Jwt:Issuer to the web server's public origin, e.g. https://example.com.")]
    public string Issuer { get; set; } = "http://localhost:5080";

    /// <summary>The <c>aud</c> claim: the API that the tokens are for.</summary>
    [Required(ErrorMessage = "Set Jwt:Audience to the API's audience name, the same value the API server has.")]
    public string Audience { get; set; } = "tandem-api";

    /// <summary>How long one JWT is valid. Short, because a stolen token is good until it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00",
        ErrorMessage = "Jwt:Lifetime must be between 30 seconds and one hour.")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A stored token is reused until this much of its life remains, then replaced.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromMinutes(1);
}
