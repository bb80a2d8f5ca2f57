using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// An editor sends a waiting draft back with a note: the draft stays as it is, the request is cleared, and the author
/// gets a mail with the note, queued in the same save.
/// </summary>
public sealed class RejectContent(CmsDbContext db, MailOutbox outbox)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, string? note, string? userName, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed, cancellationToken);
        if (node?.ApprovalRequestedBy is null)
        {
            return ContentResult.NotFound(key);
        }

        var trimmed = note?.Trim() ?? string.Empty;
        if (trimmed.Length > 2000)
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["note"] = new(ContentCodes.NoteTooLong, 2000) });
        }

        if (await MailRecipients.UserAsync(db, node.ApprovalRequestedBy, cancellationToken) is { } author && node.ApprovalRequestedBy != userName)
        {
            var rejectedBy = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
            outbox.Enqueue(db, author, new RejectedMail(key, MailRecipients.ItemName(node, author.Culture), rejectedBy, trimmed.Length == 0 ? null : trimmed));
        }

        node.ApprovalRequestedBy = null;
        node.ApprovalRequestedAt = null;
        node.Version++;
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = key, Date = DateTime.UtcNow, UserName = userName, Action = "Reject", Detail = trimmed.Length == 0 ? null : trimmed,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }
}
