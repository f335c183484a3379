using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Data.Posts;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable(nameof(ContentVersion));
        builder.Property(v => v.Id).ValueGeneratedNever();

        // The triggers update this row and never insert it, so it exists from the migration on.
        builder.HasData(new ContentVersion { Id = ContentVersion.SingleRowId, Value = 0 });
    }
}
