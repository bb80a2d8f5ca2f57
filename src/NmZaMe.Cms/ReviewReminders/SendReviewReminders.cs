using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.ReviewReminders;

/// <summary>
/// One pass of the review reminders: every published entry with a review date whose review falls due within 30 days,
/// within 7 days or is overdue, and was not yet reminded at that stage in this cycle, goes to its organisation's editors
/// (members of the organisation editors' group whose start node holds it), else to the office; each recipient gets one
/// digest. The reminder rows and the mail are saved together, so a reminder is recorded exactly when its mail is queued.
/// Without e-mail configured nothing is queued or recorded: once it is, the next pass sends what is due then, not a pile
/// of stale mail.
/// </summary>
public sealed class SendReviewReminders(
    ICmsDbContextFactory databases, ISnapshotSource snapshots, ReviewSchedule schedule, MailOutbox outbox, MailOptions mail, TimeProvider time)
{
    public sealed record Pass(int Reminded, int Mails, bool MailConfigured = true)
    {
        public static readonly Pass NotConfigured = new(0, 0, MailConfigured: false);
    }

    private sealed record Due(PublishedContent Entry, ReviewReminderStage Stage, DateTime DueAt);

    private sealed class Digest(MailRecipient to)
    {
        public MailRecipient To => to;

        public bool ToOffice { get; set; }

        public List<Due> Entries { get; } = [];
    }

    public async Task<Pass> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!mail.IsConfigured)
        {
            return Pass.NotConfigured;
        }

        if (!snapshots.IsLoaded)
        {
            return new Pass(0, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var snapshot = snapshots.Current;
        var cycles = Cycles(snapshot);
        await using var db = databases.Create();
        var recorded = await db.ReviewReminders.ToListAsync(cancellationToken);

        // A new due date (confirmed, re-checked, or the entry gone) ends the old cycle and its rows.
        db.ReviewReminders.RemoveRange(recorded.Where(r => !cycles.TryGetValue(r.NodeKey, out var due) || due.DueAt != r.DueAt));
        var done = recorded.Select(r => (r.NodeKey, r.Stage, r.DueAt)).ToHashSet();
        var due = cycles.Values
            .Select(c => Stage(c.DueAt, now) is { } stage ? new Due(c.Entry, stage, c.DueAt) : null)
            .OfType<Due>()
            .Where(d => !done.Contains((d.Entry.Key, d.Stage, d.DueAt)))
            .ToList();

        var organisationEditors = (await MailRecipients.MembersOfAsync(db, UserGroups.OrganisationEditors, cancellationToken))
            .Where(m => m.StartKeys is { Count: > 0 }).ToList();
        var office = schedule.Options.OfficeEmail is { Length: > 0 } address
            ? [(new MailRecipient(address, null, schedule.Options.OfficeCulture), (IReadOnlySet<Guid>?)null)]
            : await MailRecipients.MembersOfAsync(db, UserGroups.Editors, cancellationToken);

        var digests = new Dictionary<string, Digest>(StringComparer.OrdinalIgnoreCase);
        var reminded = 0;
        foreach (var entry in due)
        {
            var lineage = snapshot.Ancestors(entry.Entry).Select(a => a.Key).Append(entry.Entry.Key).ToHashSet();
            var editors = organisationEditors.Where(m => m.StartKeys!.Overlaps(lineage)).Select(m => m.To).ToList();
            var toOffice = editors.Count == 0;
            var recipients = toOffice ? office.Where(m => m.StartKeys is null || m.StartKeys.Overlaps(lineage)).Select(m => m.To).ToList() : editors;
            if (recipients.Count == 0)
            {
                // Nobody to tell yet: not recorded, so whoever is added later hears of it.
                continue;
            }

            foreach (var to in recipients)
            {
                if (!digests.TryGetValue(to.Address, out var digest))
                {
                    digests[to.Address] = digest = new Digest(to);
                }

                digest.Entries.Add(entry);
                digest.ToOffice |= toOffice;
            }

            db.ReviewReminders.Add(new ReviewReminderRecord { NodeKey = entry.Entry.Key, Stage = entry.Stage, DueAt = entry.DueAt, SentAt = now });
            reminded++;
        }

        foreach (var digest in digests.Values)
        {
            var to = digest.To;
            var lines = digest.Entries
                .OrderBy(e => e.Stage).ThenBy(e => e.DueAt)
                .Select(e => new ReviewDigestEntry(e.Entry.Key, Name(e.Entry, to.Culture, snapshot.Schema.DefaultCulture), e.Stage,
                    e.DueAt == ReviewReminderRecord.NeverReviewed ? null : e.DueAt))
                .ToList();
            outbox.Enqueue(db, to, new ReviewDigestMail(lines, digest.ToOffice));
        }

        // One save: the reminder rows, the old cycles' deletion and the mail commit together. A second node passing at
        // the same moment fails on the unique index and queues nothing.
        await db.SaveChangesAsync(cancellationToken);
        return new Pass(reminded, digests.Count);
    }

    /// <summary>The stage an entry due at <paramref name="dueAt"/> is in at <paramref name="now"/>; null when it is more than 30 days away.</summary>
    public static ReviewReminderStage? Stage(DateTime dueAt, DateTime now) =>
        dueAt <= now ? ReviewReminderStage.Overdue
        : dueAt <= now.AddDays(7) ? ReviewReminderStage.Within7Days
        : dueAt <= now.AddDays(30) ? ReviewReminderStage.Within30Days
        : null;

    /// <summary>Every published entry whose type is reviewed, with its current due date (its cycle).</summary>
    private Dictionary<Guid, (PublishedContent Entry, DateTime DueAt)> Cycles(PublishedSnapshot snapshot)
    {
        var culture = snapshot.Schema.DefaultCulture;
        return snapshot.All
            .Where(c => c.Kind == ContentKind.Document && snapshot.Schema.Property(c.ContentType, Review.LastReviewed) is not null)
            .ToDictionary(c => c.Key, c => (c, schedule.NextReview(c.Value(Review.LastReviewed, culture) as DateTime?, c.ContentType.Alias) ?? ReviewReminderRecord.NeverReviewed));
    }

    private static string Name(PublishedContent content, string culture, string defaultCulture) =>
        content.Name(culture) ?? content.Name(defaultCulture) ?? content.Cultures.Values.FirstOrDefault()?.Name ?? content.Key.ToString();
}
