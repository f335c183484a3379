using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Data.Users;

internal sealed class ExternalLoginConfiguration : IEntityTypeConfiguration<ExternalLogin>
{
    public void Configure(EntityTypeBuilder<ExternalLogin> builder)
    {
        builder.Property(l => l.Provider).HasMaxLength(50);
        builder.Property(l => l.Subject).HasMaxLength(255);
        builder.Property(l => l.Email).HasMaxLength(320);

        builder.HasIndex(l => new { l.Provider, l.Subject }).IsUnique();
        builder.HasIndex(l => l.UserId);

        // Linking by a verified e-mail address looks logins up by address.
        builder.HasIndex(l => l.Email);
    }
}
