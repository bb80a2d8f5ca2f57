using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Changes;

internal sealed class ChangeLogRecordConfiguration : IEntityTypeConfiguration<ChangeLogRecord>
{
    /// <summary>The database trigger that numbers each row in commit order (created by the ChangeLog migrations).</summary>
    public const string SequenceTrigger = "umbracoCacheInstruction_sequence";

    public void Configure(EntityTypeBuilder<ChangeLogRecord> e)
    {
        // Told about the trigger so EF never reads the row back in the INSERT itself: Sequence is set later.
        e.ToTable("umbracoCacheInstruction", t => t.HasTrigger(SequenceTrigger));
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.Sequence).IsUnique();
        e.HasIndex(r => r.UtcStamp);
        e.Property(r => r.Originated).HasMaxLength(200);
    }
}
