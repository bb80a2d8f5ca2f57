using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NmZaMe.Cms.Persistence;

// The tables every feature shares: the content tree with its versions, the schema, and small system facts.
internal sealed class NodeRecordConfiguration : IEntityTypeConfiguration<NodeRecord>
{
    public void Configure(EntityTypeBuilder<NodeRecord> e)
    {
        e.ToTable("cmsNode");
        e.HasKey(n => n.Id);
        e.HasIndex(n => n.Key).IsUnique();
        e.HasIndex(n => new { n.ParentId, n.SortOrder });
        e.HasIndex(n => n.Kind);
        e.Property(n => n.Path).HasMaxLength(2000);
        e.Property(n => n.ContentTypeAlias).HasMaxLength(255);
        e.Property(n => n.Version).IsConcurrencyToken();
        e.Property(n => n.ApprovalRequestedBy).HasMaxLength(256);
        e.HasOne<NodeRecord>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContentVersionRecordConfiguration : IEntityTypeConfiguration<ContentVersionRecord>
{
    public void Configure(EntityTypeBuilder<ContentVersionRecord> e)
    {
        e.ToTable("cmsContentVersion");
        e.HasKey(v => v.Id);
        e.HasIndex(v => new { v.NodeId, v.Created });
        e.Property(v => v.Action).HasMaxLength(50);
        e.Property(v => v.UserName).HasMaxLength(256);
        e.HasOne<NodeRecord>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SchemaItemRecordConfiguration : IEntityTypeConfiguration<SchemaItemRecord>
{
    public void Configure(EntityTypeBuilder<SchemaItemRecord> e)
    {
        e.ToTable("cmsSchemaItem");
        e.HasKey(s => s.Key);
        e.HasIndex(s => new { s.ItemType, s.Alias });
        e.Property(s => s.Alias).HasMaxLength(255);
        e.Property(s => s.Hash).HasMaxLength(64);
    }
}

internal sealed class KeyValueRecordConfiguration : IEntityTypeConfiguration<KeyValueRecord>
{
    public void Configure(EntityTypeBuilder<KeyValueRecord> e)
    {
        e.ToTable("cmsKeyValue");
        e.HasKey(k => k.Key);
        e.Property(k => k.Key).HasMaxLength(255);
    }
}

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> e)
    {
        e.ToTable("umbracoAudit");
        e.HasKey(a => a.Id);
        e.Property(a => a.Action).HasMaxLength(50);
        e.Property(a => a.UserName).HasMaxLength(256);
        e.Property(a => a.Culture).HasMaxLength(16);
        e.Property(a => a.Detail).HasMaxLength(2000);
        e.HasIndex(a => new { a.NodeKey, a.Date });
        e.HasIndex(a => a.Date);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> e) => e.ToTable("cmsDataProtectionKey");
}

internal sealed class SearchQueryRecordConfiguration : IEntityTypeConfiguration<SearchQueryRecord>
{
    public void Configure(EntityTypeBuilder<SearchQueryRecord> e)
    {
        e.ToTable("nmzSearchQuery");
        e.HasKey(q => q.Id);
        e.Property(q => q.Query).HasMaxLength(SearchQueryRecord.MaxQueryLength);
        e.Property(q => q.Culture).HasMaxLength(16);
        e.Property(q => q.Source).HasMaxLength(10);
        e.HasIndex(q => q.Token).IsUnique();
        e.HasIndex(q => q.Hour);
    }
}
