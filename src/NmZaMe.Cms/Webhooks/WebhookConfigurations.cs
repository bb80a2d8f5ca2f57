using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Webhooks;

internal sealed class WebhookRecordConfiguration : IEntityTypeConfiguration<WebhookRecord>
{
    public void Configure(EntityTypeBuilder<WebhookRecord> e)
    {
        e.ToTable("umbracoWebhook");
        e.HasKey(w => w.Id);
        e.HasIndex(w => w.Key).IsUnique();
        e.Property(w => w.Name).HasMaxLength(200);
        e.Property(w => w.Description).HasMaxLength(1000);
        e.Property(w => w.Url).HasMaxLength(2000);
        e.Property(w => w.PayloadType).HasConversion<string>().HasMaxLength(16);
        e.Property(w => w.SigningSecret).HasMaxLength(100);
    }
}

internal sealed class WebhookRequestRecordConfiguration : IEntityTypeConfiguration<WebhookRequestRecord>
{
    public void Configure(EntityTypeBuilder<WebhookRequestRecord> e)
    {
        e.ToTable("umbracoWebhookRequest");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.DueDate);
        e.Property(r => r.EventAlias).HasMaxLength(100);
        e.Property(r => r.PayloadType).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class WebhookLogRecordConfiguration : IEntityTypeConfiguration<WebhookLogRecord>
{
    public void Configure(EntityTypeBuilder<WebhookLogRecord> e)
    {
        e.ToTable("umbracoWebhookLog");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.Key).IsUnique();
        e.HasIndex(r => new { r.WebhookKey, r.Date });
        e.HasIndex(r => r.Date);
        e.Property(r => r.Url).HasMaxLength(2000);
        e.Property(r => r.EventAlias).HasMaxLength(100);
        e.Property(r => r.StatusCode).HasMaxLength(100);
    }
}
