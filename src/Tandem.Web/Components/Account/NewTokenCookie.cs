using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Tandem.Web.ApiClient;

namespace Tandem.Web.Components.Account;

/// <summary>
/// Carries a just-created API token from the create form's POST to the GET it redirects to, which shows
/// the secret once and deletes the cookie; reloading that page neither creates another token nor shows
/// the secret again. The cookie is encrypted, HttpOnly, sent only to the token page, bound to the
/// session that created the token, and dead after <see cref="Lifetime"/> whether read or not.
/// </summary>
internal sealed class NewTokenCookie(IDataProtectionProvider protection)
{
    public const string Name = "tandem-new-token";

    /// <summary>Long enough for the redirect, even on a slow connection; not long enough to linger.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private const string PagePath = "/account/tokens";

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Tandem.Web.NewApiToken").ToTimeLimitedDataProtector();

    public void Write(HttpContext context, string sessionId, CreatedApiToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Carried(sessionId, token));
        var protectedPayload = _protector.Protect(payload, DateTimeOffset.UtcNow + Lifetime);
        var value = WebEncoders.Base64UrlEncode(protectedPayload);

        context.Response.Cookies.Append(Name, value, Options(context, Lifetime));
    }

    /// <summary>
    /// The token this session created just before, deleting the cookie; null when there is none, or when
    /// the cookie is past its lifetime, was altered, or was written for another session.
    /// </summary>
    public CreatedApiToken? Take(HttpContext context, string sessionId)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        context.Response.Cookies.Delete(Name, Options(context, maxAge: null));

        Carried? carried;
        try
        {
            var payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(value));
            carried = JsonSerializer.Deserialize<Carried>(payload);
        }
        catch (Exception exception)
            when (exception is CryptographicException or FormatException or JsonException)
        {
            // Expired or not ours: the token exists but its secret is lost, as the page says of lost secrets.
            return null;
        }

        return carried?.SessionId == sessionId ? carried.Token : null;
    }

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = PagePath,
        MaxAge = maxAge,
        IsEssential = true,
    };

    private sealed record Carried(string SessionId, CreatedApiToken Token);
}
