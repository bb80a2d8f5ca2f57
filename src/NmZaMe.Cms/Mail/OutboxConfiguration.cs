using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> e)
    {
        e.ToTable("nmzameMailOutbox");
        e.HasKey(m => m.Id);
        e.HasIndex(m => m.Key).IsUnique();
        e.HasIndex(m => new { m.Status, m.NextAttemptAt });
        e.HasIndex(m => m.CreatedAt);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(m => m.To).HasMaxLength(256);
        e.Property(m => m.ToName).HasMaxLength(256);
        e.Property(m => m.Language).HasMaxLength(16);
        e.Property(m => m.Template).HasMaxLength(64);
        e.Property(m => m.Subject).HasMaxLength(500);
        e.Property(m => m.LastError).HasMaxLength(MailErrors.MaxLength);
        e.HasMany<OutboxAttemptRecord>().WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttemptRecord>
{
    public void Configure(EntityTypeBuilder<OutboxAttemptRecord> e)
    {
        e.ToTable("nmzameMailAttempt");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.MessageId);
        e.Property(a => a.Error).HasMaxLength(MailErrors.MaxLength);
    }
}
