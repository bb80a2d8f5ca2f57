using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NmZaMe.Cms.Insights;

internal sealed class SearchQueryConfiguration : IEntityTypeConfiguration<SearchQueryRecord>
{
    public void Configure(EntityTypeBuilder<SearchQueryRecord> e)
    {
        e.ToTable("nmzSearchQuery");
        e.HasKey(q => q.Id);
        e.Property(q => q.Query).HasMaxLength(QueryMasking.MaxLength);
        e.Property(q => q.Culture).HasMaxLength(16);
        e.Property(q => q.Source).HasMaxLength(10);
        e.HasIndex(q => q.Token).IsUnique();
        e.HasIndex(q => q.Hour);
    }
}
