using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>
/// An editor approves what waits: publishes the cultures that were sent for approval (through <see cref="PublishContent"/>,
/// so validation and the snapshot refresh are the same as for any publish), then clears the request and queues a mail to
/// the author in the same save.
/// </summary>
public sealed class ApproveContent(CmsDbContext db, PublishContent publish, MailOutbox outbox)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, string? userName, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && !n.Trashed, cancellationToken);
        if (node?.ApprovalRequestedBy is null)
        {
            return ContentResult.NotFound(key);
        }

        var cultures = await RequestedCulturesAsync(db, key, cancellationToken);
        if (cultures.Count == 0)
        {
            cultures = ContentData.Deserialize(node.DraftData).Names.Keys.Where(c => c.Length > 0).ToList();
        }

        var published = await publish.ExecuteAsync(key, cultures, userName, cancellationToken);
        if (!published.Succeeded)
        {
            return published;
        }

        db.ChangeTracker.Clear();
        var tracked = await db.Nodes.FirstAsync(n => n.Key == key, cancellationToken);
        if (await MailRecipients.UserAsync(db, node.ApprovalRequestedBy, cancellationToken) is { } author && node.ApprovalRequestedBy != userName)
        {
            var approvedBy = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
            outbox.Enqueue(db, author, new ApprovedMail(key, MailRecipients.ItemName(tracked, author.Culture), approvedBy));
        }

        tracked.ApprovalRequestedBy = null;
        tracked.ApprovalRequestedAt = null;
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = key, Date = DateTime.UtcNow, UserName = userName, Action = "Approve",
            Culture = cultures.Count == 0 ? null : string.Join(',', cultures),
        });
        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(key, tracked.Version);
    }

    /// <summary>The cultures named by the latest send-for-approval of the item (empty for an invariant item).</summary>
    public static async Task<List<string>> RequestedCulturesAsync(CmsDbContext db, Guid key, CancellationToken cancellationToken)
    {
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.NodeKey == key && a.Action == "SendForApproval")
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return entry?.Culture?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
    }
}
