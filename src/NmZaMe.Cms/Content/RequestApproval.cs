using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>
/// A writer's or organisation editor's "send for approval": saves the draft like any save, then marks the item as
/// waiting for an editor, with the cultures asked for in the audit entry so the approver publishes exactly those. Every
/// editor who may publish the item gets a mail, queued in the same transaction.
/// </summary>
public sealed class RequestApproval(CmsDbContext db, SaveContent save, MailOutbox outbox)
{
    public async Task<ContentResult> ExecuteAsync(SaveContentCommand command, IReadOnlyCollection<string> cultures, CancellationToken cancellationToken = default)
    {
        var saved = await save.ExecuteAsync(command, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        var node = await db.Nodes.FirstAsync(n => n.Key == command.Key, cancellationToken);
        var now = DateTime.UtcNow;
        node.ApprovalRequestedBy = command.UserName ?? string.Empty;
        node.ApprovalRequestedAt = now;
        node.Version++;
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = node.Key, Date = now, UserName = command.UserName, Action = "SendForApproval",
            Culture = cultures.Count == 0 ? null : string.Join(',', cultures),
        });
        var requestedBy = await MailRecipients.DisplayNameAsync(db, command.UserName, cancellationToken);
        foreach (var to in await MailRecipients.PublishersOfAsync(db, node, except: command.UserName, cancellationToken))
        {
            outbox.Enqueue(db, to, new ApprovalRequestedMail(node.Key, MailRecipients.ItemName(node, to.Culture), requestedBy, [.. cultures]));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Nodes.AsNoTracking().Where(n => n.Key == command.Key).Select(n => n.Version).FirstOrDefaultAsync(cancellationToken);
            return ContentResult.Conflict(command.Key, current);
        }

        return ContentResult.Ok(node.Key, node.Version);
    }
}
