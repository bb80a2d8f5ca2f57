using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Sessions;

internal sealed class KeptFormConfiguration : IEntityTypeConfiguration<KeptFormRecord>
{
    public void Configure(EntityTypeBuilder<KeptFormRecord> e)
    {
        e.ToTable("nmzameKeptForm");
        e.HasKey(k => k.Id);
        // One form per address and account: a later post replaces the earlier one.
        e.HasIndex(k => new { k.Owner, k.Address }).IsUnique();
        e.HasIndex(k => k.ExpiresAt);
        e.Property(k => k.Address).HasMaxLength(64);
    }
}
