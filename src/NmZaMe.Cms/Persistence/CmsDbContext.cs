using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Persistence;

/// <summary>
/// The CMS database, back-office users and groups included (one context per provider keeps one migration history).
/// Each provider has a subclass with its own migrations; the model is shared. It also keeps the host's data-protection
/// keys, so every node signs and reads cookies and antiforgery tokens with the same keys.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options) : IdentityDbContext<BackOfficeUser, UserGroup, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<NodeRecord> Nodes => Set<NodeRecord>();

    public DbSet<ContentVersionRecord> ContentVersions => Set<ContentVersionRecord>();

    public DbSet<SchemaItemRecord> SchemaItems => Set<SchemaItemRecord>();

    public DbSet<KeyValueRecord> KeyValues => Set<KeyValueRecord>();

    public DbSet<RedirectUrlRecord> RedirectUrls => Set<RedirectUrlRecord>();

    public DbSet<ContentScheduleRecord> ContentSchedules => Set<ContentScheduleRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<ContentRequestRecord> ContentRequests => Set<ContentRequestRecord>();

    public DbSet<ChangeLogRecord> ChangeLog => Set<ChangeLogRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SearchQueryRecord> SearchQueries => Set<SearchQueryRecord>();

    public DbSet<OutboxMessageRecord> MailOutbox => Set<OutboxMessageRecord>();

    public DbSet<OutboxAttemptRecord> MailAttempts => Set<OutboxAttemptRecord>();

    public DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();

    public DbSet<WebhookRequestRecord> WebhookRequests => Set<WebhookRequestRecord>();

    public DbSet<WebhookLogRecord> WebhookLogs => Set<WebhookLogRecord>();

    public DbSet<InvitationRecord> Invitations => Set<InvitationRecord>();

    public DbSet<CallBackRecord> CallBacks => Set<CallBackRecord>();

    public DbSet<CallBackAccessRecord> CallBackAccess => Set<CallBackAccessRecord>();

    public DbSet<CallBackTallyRecord> CallBackTally => Set<CallBackTallyRecord>();

    public DbSet<ReviewReminderRecord> ReviewReminders => Set<ReviewReminderRecord>();

    public DbSet<CorrectionRecord> Corrections => Set<CorrectionRecord>();

    public DbSet<KeptFormRecord> KeptForms => Set<KeptFormRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite forgets the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Each table's mapping lives next to its feature (an IEntityTypeConfiguration), so a feature adds a table
        // without editing this class.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
