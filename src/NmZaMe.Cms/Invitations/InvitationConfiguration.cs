using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Invitations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<InvitationRecord>
{
    public void Configure(EntityTypeBuilder<InvitationRecord> e)
    {
        e.ToTable("nmzameInvitation");
        e.HasKey(i => i.Id);
        e.HasIndex(i => i.Key).IsUnique();
        e.HasIndex(i => i.TokenHash).IsUnique();
        e.HasIndex(i => i.Email);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.Name).HasMaxLength(256);
        e.Property(i => i.Culture).HasMaxLength(16);
        e.Property(i => i.Group).HasMaxLength(256);
        e.Property(i => i.InvitedBy).HasMaxLength(256);
    }
}
