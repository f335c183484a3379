using System.ComponentModel.DataAnnotations;

namespace Tandem.Api.Authentication;

/// <summary>
/// When a session stops being accepted for want of use. Bound from the <c>Sessions</c> section, which the web
/// server reads too: both servers must have the same <see cref="IdleTimeout"/>, or a session the web still
/// shows as signed in could have its tokens refused here (or the other way round).
/// </summary>
internal sealed class SessionTimeoutOptions
{
    public const string SectionName = "Sessions";

    /// <summary>
    /// A session whose last recorded use is this old is dead. The web server records use at most every five
    /// minutes, so the minimum keeps that delay a small fraction of the timeout.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00",
        ErrorMessage = "Sessions:IdleTimeout must be between one hour and 365 days, and the same on the web " +
            "server and the API (for example 14.00:00:00).")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(14);
}
