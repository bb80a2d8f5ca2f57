using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Persistence;

/// <summary>
/// The CMS database, back-office users and groups included (one context per provider keeps one migration history).
/// Each provider has a subclass with its own migrations; the model is shared.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options) : IdentityDbContext<BackOfficeUser, UserGroup, Guid>(options)
{
    public DbSet<NodeRecord> Nodes => Set<NodeRecord>();

    public DbSet<ContentVersionRecord> ContentVersions => Set<ContentVersionRecord>();

    public DbSet<SchemaItemRecord> SchemaItems => Set<SchemaItemRecord>();

    public DbSet<KeyValueRecord> KeyValues => Set<KeyValueRecord>();

    public DbSet<RedirectUrlRecord> RedirectUrls => Set<RedirectUrlRecord>();

    public DbSet<ContentScheduleRecord> ContentSchedules => Set<ContentScheduleRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite forgets the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<BackOfficeUser>(e =>
        {
            e.ToTable("umbracoUser");
            e.Property(u => u.Name).HasMaxLength(256);
            e.Property(u => u.Culture).HasMaxLength(16);
        });
        modelBuilder.Entity<UserGroup>(e =>
        {
            e.ToTable("umbracoUserGroup");
            e.Property(g => g.DisplayName).HasMaxLength(256);
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("umbracoUser2UserGroup");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("umbracoUserClaim");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("umbracoUserLogin");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("umbracoUserToken");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("umbracoUserGroupClaim");

        modelBuilder.Entity<NodeRecord>(e =>
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
        });

        modelBuilder.Entity<ContentVersionRecord>(e =>
        {
            e.ToTable("cmsContentVersion");
            e.HasKey(v => v.Id);
            e.HasIndex(v => new { v.NodeId, v.Created });
            e.Property(v => v.Action).HasMaxLength(50);
            e.Property(v => v.UserName).HasMaxLength(256);
            e.HasOne<NodeRecord>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SchemaItemRecord>(e =>
        {
            e.ToTable("cmsSchemaItem");
            e.HasKey(s => s.Key);
            e.HasIndex(s => new { s.ItemType, s.Alias });
            e.Property(s => s.Alias).HasMaxLength(255);
            e.Property(s => s.Hash).HasMaxLength(64);
        });

        modelBuilder.Entity<RedirectUrlRecord>(e =>
        {
            e.ToTable("umbracoRedirectUrl");
            e.HasKey(r => r.Id);
            e.Property(r => r.Culture).HasMaxLength(16);
            e.Property(r => r.Path).HasMaxLength(2000);
            e.HasIndex(r => new { r.RootKey, r.Culture, r.Path }).IsUnique();
            e.HasIndex(r => r.NodeKey);
        });

        modelBuilder.Entity<ContentScheduleRecord>(e =>
        {
            e.ToTable("umbracoContentSchedule");
            e.HasKey(s => s.Id);
            e.Property(s => s.Culture).HasMaxLength(16);
            e.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.UserName).HasMaxLength(256);
            e.HasIndex(s => s.Date);
            e.HasIndex(s => new { s.NodeId, s.Culture, s.Action }).IsUnique();
            e.HasOne<NodeRecord>().WithMany().HasForeignKey(s => s.NodeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEntryRecord>(e =>
        {
            e.ToTable("umbracoAudit");
            e.HasKey(a => a.Id);
            e.Property(a => a.Action).HasMaxLength(50);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Culture).HasMaxLength(16);
            e.Property(a => a.Detail).HasMaxLength(2000);
            e.HasIndex(a => new { a.NodeKey, a.Date });
            e.HasIndex(a => a.Date);
        });

        modelBuilder.Entity<KeyValueRecord>(e =>
        {
            e.ToTable("cmsKeyValue");
            e.HasKey(k => k.Key);
            e.Property(k => k.Key).HasMaxLength(255);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
