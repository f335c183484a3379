using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Data.Posts;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable(table =>
        {
            table.HasTrigger(PostTriggers.AfterInsert);
            table.HasTrigger(PostTriggers.AfterUpdate);
            table.HasTrigger(PostTriggers.AfterDelete);
        });

        builder.Property(p => p.Title).HasMaxLength(PostLimits.TitleMaxLength);
        builder.Property(p => p.Excerpt).HasMaxLength(200);

        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);

        // The home page lists newest first; an author's page lists their newest first.
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => new { p.AuthorId, p.CreatedAt });
    }
}
