using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

internal sealed class ContentRequestConfiguration : IEntityTypeConfiguration<ContentRequestRecord>
{
    public void Configure(EntityTypeBuilder<ContentRequestRecord> e)
    {
        e.ToTable("nmzameContentRequest");
        e.HasKey(r => r.Id);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        // A sort names every child: keep room for a long list (37 characters a key).
        e.Property(r => r.Argument).HasMaxLength(40000);
        e.Property(r => r.RequestedBy).HasMaxLength(256);
        e.HasIndex(r => r.NodeKey);
        e.HasIndex(r => r.RequestedAt);
    }
}
