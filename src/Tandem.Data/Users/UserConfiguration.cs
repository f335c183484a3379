using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Data.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.Handle).HasMaxLength(40);
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.AvatarUrl).HasMaxLength(2048);

        builder.HasIndex(u => u.Handle).IsUnique();
        builder.HasMany(u => u.Logins).WithOne(l => l.User).HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
