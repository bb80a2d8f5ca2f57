using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.ReviewReminders;

internal sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminderRecord>
{
    public void Configure(EntityTypeBuilder<ReviewReminderRecord> e)
    {
        e.ToTable("nmzameReviewReminder");
        e.HasKey(r => r.Id);

        // Two nodes passing at once (a lease hand-over) cannot both remind: the second insert fails and its mail with it.
        e.HasIndex(r => new { r.NodeKey, r.Stage, r.DueAt }).IsUnique();
        e.Property(r => r.Stage).HasConversion<string>().HasMaxLength(16);
    }
}
