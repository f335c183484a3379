using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Data.Database;
using Tandem.Web.Tokens;

namespace Tandem.Bench.Micro;

/// <summary>
/// The web server giving a session its JWT: the ES256 signature alone, the stored token handed out again
/// (what every signed-in page does), and a new token minted and stored (once per token lifetime).
/// </summary>
[MemoryDiagnoser]
public class SessionTokenBenchmarks : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly BenchDatabase _database = new();
    private ServiceProvider _reusing = null!;
    private ServiceProvider _minting = null!;
    private SigningCredentials _credentials = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _reusing = WebServices.Build(_database.Configuration(("Jwt:Lifetime", "01:00:00")));
        await _database.CreateAsync(_reusing);
        await _reusing.EnsureSigningKeyAsync();
        _credentials = await _reusing.GetRequiredService<SigningKeyStore>().GetCurrentAsync(CancellationToken.None);

        // Renewing a token with more than its whole life left means every call mints a new one.
        _minting = WebServices.Build(_database.Configuration(("Jwt:RenewBefore", "02:00:00")));
        await GetTokenAsync(_reusing);
    }

    [Benchmark(Description = "ES256 JWT signed (signing core)")]
    public string Sign()
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BenchDatabase.Issuer,
            Audience = BenchDatabase.Audience,
            TokenType = "at+jwt",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, _database.UserId.ToString()),
                new Claim("sid", _database.SessionId),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
        });
    }

    [Benchmark(Description = "SessionTokenIssuer, stored token reused")]
    public Task<string?> Reuse() => GetTokenAsync(_reusing);

    [Benchmark(Description = "SessionTokenIssuer, new token minted and stored")]
    public Task<string?> Mint() => GetTokenAsync(_minting);

    [GlobalCleanup]
    public void Dispose()
    {
        _reusing?.Dispose();
        _minting?.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string?> GetTokenAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionTokenIssuer>()
            .GetTokenAsync(_database.SessionId, CancellationToken.None);
    }
}
