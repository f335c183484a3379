using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.Sessions;

/// <summary>How long a browser stays signed in. Bound from the <c>Sessions</c> section.</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>A session ends this long after sign-in, however active it is.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00",
        ErrorMessage = "Sessions:AbsoluteLifetime must be between five minutes and 365 days.")]
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// A session unused this long ends. The API reads the same setting and refuses the session's tokens at the
    /// same moment, so the two servers must have the same value. Use is recorded at most every
    /// <see cref="SessionStore.LastSeenResolution"/>, which the minimum keeps a small fraction of the timeout.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00",
        ErrorMessage = "Sessions:IdleTimeout must be between one hour and 365 days, and the same on the web " +
            "server and the API (for example 14.00:00:00).")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Name of the session cookie. Under HTTPS the <c>__Host-</c> prefix is added.</summary>
    [Required(ErrorMessage = "Sessions:CookieName must not be empty.")]
    public string CookieName { get; set; } = "tandem-session";
}
