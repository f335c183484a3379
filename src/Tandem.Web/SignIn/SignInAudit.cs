using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Audit;

namespace Tandem.Web.SignIn;

/// <summary>
/// Writes the account's audit rows for sign-in, sign-out and linking, with the browser's address and user
/// agent. Only codes and names go in; tokens, codes from the provider and cookies never do.
/// </summary>
internal sealed class SignInAudit(TandemDbContext db, TimeProvider time)
{
    public async Task RecordAsync(
        HttpContext context,
        string kind,
        Guid? userId,
        string? provider,
        string? detail,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        db.AuditEvents.Add(new AuditEvent
        {
            Kind = kind,
            UserId = userId,
            OccurredAt = time.GetUtcNow(),
            Provider = Truncate(provider, 50),
            IpAddress = Truncate(context.Connection.RemoteIpAddress?.ToString(), 64),
            UserAgent = Truncate(context.Request.Headers.UserAgent.ToString(), 512),
            Detail = Truncate(detail, 200),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The provider a session was signed in with, for the signed-out row.</summary>
    public Task<string?> ProviderOfSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Provider).SingleOrDefaultAsync(cancellationToken);

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
