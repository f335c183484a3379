using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tandem.Data.ApiTokens;
using Tandem.Data.Audit;
using Tandem.Data.Posts;
using Tandem.Data.Sessions;
using Tandem.Data.SigningKeys;
using Tandem.Data.Users;

namespace Tandem.Data;

/// <summary>
/// The database that the web and API servers share. Each provider has its own subclass so that
/// each keeps its own migrations; code everywhere else depends on this type alone.
/// </summary>
public abstract class TandemDbContext : DbContext, IDataProtectionKeyContext
{
    protected TandemDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();

    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TandemDbContext).Assembly);

        // The web server's OpenID Connect client keeps its short-lived state tokens here, so that a
        // callback is accepted once and by whichever web instance receives it.
        modelBuilder.UseOpenIddict();
    }
}
