using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.SigningKeys;
using Tandem.Web.Sessions;
using Tandem.Web.SignIn;
using Tandem.Web.Tokens;

namespace Tandem.IntegrationTests.Keys;

internal static class KeyTestExtensions
{
    public static async Task<List<SigningKey>> SigningKeysAsync(this TandemSystem stack)
    {
        await using var scope = stack.DatabaseScope(out var db);
        return await db.SigningKeys.OrderBy(k => k.SignUntil).ToListAsync();
    }

    /// <summary>
    /// A user and a live session, made by the web server's own sign-in code as its OpenID Connect callback
    /// does, without the provider round trip, whose HTTP resilience timers would wait on a fake clock.
    /// </summary>
    public static async Task<(Guid UserId, string SessionId)> StartSessionAsync(this TandemSystem stack)
    {
        await using var scope = stack.Web.Services.CreateAsyncScope();
        var person = DevPerson.Unique();
        var identity = new ExternalIdentity("dev", person.Subject!, person.DisplayName, person.Email, true, null);

        var (user, _) = await scope.ServiceProvider.GetRequiredService<UserProvisioning>()
            .FindOrCreateAsync(identity, CancellationToken.None);
        var session = await scope.ServiceProvider.GetRequiredService<SessionStore>()
            .CreateAsync(user.Id, "dev", "key rotation test", "127.0.0.1", CancellationToken.None);

        return (user.Id, session.Id);
    }

    /// <summary>The session's JWT as the web server hands it to its API client.</summary>
    public static async Task<string> SessionTokenAsync(this TandemSystem stack, string sessionId)
    {
        await using var scope = stack.Web.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<SessionTokenIssuer>();
        return await issuer.GetTokenAsync(sessionId, CancellationToken.None)
            ?? throw new InvalidOperationException("The session is not live.");
    }

    public static string KeyIdOf(string token) => new JsonWebToken(token).Kid;

    /// <summary>
    /// A token for the session signed with a stored key's private half, living as long as asked, so that a
    /// test can tell a key's retirement apart from its tokens' expiry.
    /// </summary>
    public static async Task<string> MintWithKeyAsync(
        this TandemSystem stack, SigningKey key, Guid userId, string sessionId, TimeSpan lifetime)
    {
        var protector = stack.Web.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(SigningKeyRotation.ProtectorPurpose);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(key.ProtectedPrivateKey)), out _);

        var jwt = stack.Web.Services.GetRequiredService<IOptions<JwtOptions>>().Value;
        var now = stack.Web.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            TokenType = TandemTokenDefaults.TokenType,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new ECDsaSecurityKey(ecdsa) { KeyId = key.Id }, TandemTokenDefaults.Algorithm),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()),
                new Claim(TandemTokenDefaults.SessionIdClaim, sessionId),
            ]),
        });
    }

    public static async Task<List<string>> PublishedKeyIdsAsync(this TandemSystem stack)
    {
        using var http = new HttpClient { BaseAddress = stack.Web.BaseAddress };
        var json = await http.GetStringAsync(new Uri(JwksEndpoint.Path, UriKind.Relative));
        return new JsonWebKeySet(json).Keys.Select(k => k.Kid).ToList();
    }

    public static async Task<CacheControlHeaderValue?> JwksCacheControlAsync(this TandemSystem stack)
    {
        using var http = new HttpClient { BaseAddress = stack.Web.BaseAddress };
        using var response = await http.GetAsync(new Uri(JwksEndpoint.Path, UriKind.Relative));
        return response.Headers.CacheControl;
    }

    /// <summary>Waits for what a background service does after the fake clock moved; fails after ten seconds.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what);
            await Task.Delay(50);
        }
    }
}
