using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tandem.Api.Authentication;
using Tandem.Web.Tokens;

namespace Tandem.Bench.Micro;

/// <summary>
/// The API accepting a session JWT as JwtBearer does: signature, issuer, audience, lifetime and type, then
/// the live-session check, one read of the real SQLite file. A session presents the same token on every
/// call, so the API remembers signatures it has verified; "first sight" verifies with plain ECDSA as for a
/// token the API has not seen yet.
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks : IDisposable
{
    private readonly BenchDatabase _database = new();
    private ServiceProvider _web = null!;
    private ServiceProvider _api = null!;
    private JsonWebTokenHandler _handler = null!;
    private TokenValidationParameters _parameters = null!;
    private TokenValidationParameters _firstSightParameters = null!;
    private string _token = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var configuration = _database.Configuration(("Jwt:Lifetime", "01:00:00"));
        _web = WebServices.Build(configuration);
        await _database.CreateAsync(_web);
        await _web.EnsureSigningKeyAsync();
        await using (var scope = _web.CreateAsyncScope())
        {
            _token = await scope.ServiceProvider.GetRequiredService<SessionTokenIssuer>()
                .GetTokenAsync(_database.SessionId, CancellationToken.None)
                ?? throw new InvalidOperationException("The bench session is not live.");
        }

        _api = ApiServices.Build(configuration);
        await _api.GetRequiredService<SigningKeyCache>().RefreshAsync(CancellationToken.None);
        var bearer = _api.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
            .Get(JwtBearerDefaults.AuthenticationScheme);
        _handler = (JsonWebTokenHandler)bearer.TokenHandlers[0];
        _parameters = bearer.TokenValidationParameters;
        _firstSightParameters = WithoutRememberedSignatures(_parameters, new JsonWebToken(_token).Kid);

        if (await ValidateWithSessionAsync() is { } rejection)
        {
            throw new InvalidOperationException("The bench token was refused: " + rejection);
        }
    }

    [Benchmark(Description = "JWT signature and claims")]
    public async Task<bool> Validate() => (await _handler.ValidateTokenAsync(_token, _parameters)).IsValid;

    [Benchmark(Description = "JWT signature and claims, first sight (ECDSA verification)")]
    public async Task<bool> ValidateFirstSight() =>
        (await _handler.ValidateTokenAsync(_token, _firstSightParameters)).IsValid;

    [Benchmark(Description = "JWT signature and claims + live-session check")]
    public Task<string?> ValidateWithSession() => ValidateWithSessionAsync();

    [GlobalCleanup]
    public void Dispose()
    {
        _web?.Dispose();
        _api?.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The same parameters with the same public key, but IdentityModel's own verifier.</summary>
    private static TokenValidationParameters WithoutRememberedSignatures(
        TokenValidationParameters parameters, string keyId)
    {
        var remembering = (ECDsaSecurityKey)parameters
            .IssuerSigningKeyResolver(null, null, keyId, parameters)
            .Single();
        var plain = new ECDsaSecurityKey(remembering.ECDsa) { KeyId = keyId };
        var copy = parameters.Clone();
        copy.IssuerSigningKeyResolver = (_, _, _, _) => [plain];
        return copy;
    }

    private async Task<string?> ValidateWithSessionAsync()
    {
        var result = await _handler.ValidateTokenAsync(_token, _parameters);
        if (!result.IsValid)
        {
            return result.Exception?.Message ?? "invalid";
        }

        await using var scope = _api.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiveSessionCheck>()
            .FindRejectionAsync(new ClaimsPrincipal(result.ClaimsIdentity), CancellationToken.None);
    }
}
