using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Corrections;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<CorrectionRecord>
{
    public void Configure(EntityTypeBuilder<CorrectionRecord> e)
    {
        e.ToTable("nmzameCorrection");
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.Key).IsUnique();
        e.HasIndex(c => c.ItemKey);
        e.HasIndex(c => c.OrganisationKey);
        e.HasIndex(c => new { c.Status, c.ArrivedAt });
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Text).HasMaxLength(SubmitCorrection.TextMaxLength);
        e.Property(c => c.Email).HasMaxLength(254);
        e.Property(c => c.Language).HasMaxLength(16);
        e.Property(c => c.Reason).HasMaxLength(SubmitCorrection.TextMaxLength);
        e.Property(c => c.HandledBy).HasMaxLength(256);
    }
}
