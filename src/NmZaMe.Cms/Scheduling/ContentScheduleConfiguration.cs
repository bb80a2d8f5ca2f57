using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Scheduling;

internal sealed class ContentScheduleConfiguration : IEntityTypeConfiguration<ContentScheduleRecord>
{
    public void Configure(EntityTypeBuilder<ContentScheduleRecord> e)
    {
        e.ToTable("umbracoContentSchedule");
        e.HasKey(s => s.Id);
        e.Property(s => s.Culture).HasMaxLength(16);
        e.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.UserName).HasMaxLength(256);
        e.HasIndex(s => s.Date);
        e.HasIndex(s => new { s.NodeId, s.Culture, s.Action }).IsUnique();
        e.HasOne<NodeRecord>().WithMany().HasForeignKey(s => s.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
