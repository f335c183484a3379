using Microsoft.EntityFrameworkCore;

namespace Tandem.DevIdentity.Storage;

/// <summary>
/// The provider's own store: only OpenIddict's applications, authorizations and tokens, which
/// <c>UseOpenIddict()</c> adds to the model. People are not stored; they live in the sign-in cookie.
/// </summary>
internal sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options)
    : DbContext(options);
