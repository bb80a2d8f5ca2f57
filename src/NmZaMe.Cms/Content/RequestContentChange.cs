using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Sends a change to the live site for approval, for a user without the publish permission whose move, sort, unpublish
/// or trash was answered with <see cref="ContentOutcome.NeedsApproval"/>. Nothing on the site changes: the request is
/// stored, audited and mailed to every editor who may publish the item, in one save, like a draft sent for approval.
/// </summary>
public sealed class RequestContentChange(CmsDbContext db, MailOutbox outbox)
{
    /// <param name="nodeKey">The item; for a sort its parent, <see cref="Guid.Empty"/> for the root level.</param>
    /// <param name="argument">As <see cref="ContentRequestKind"/> describes it for each kind.</param>
    public async Task<ContentResult> ExecuteAsync(ContentRequestKind kind, Guid nodeKey, string argument, string userName, CancellationToken cancellationToken = default)
    {
        var node = nodeKey == Guid.Empty
            ? new NodeRecord { Key = Guid.Empty, Path = "-1" }
            : await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == nodeKey && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(nodeKey);
        }

        // A newer request of the same kind for the same item replaces the older one: the approver decides on the latest wish.
        db.ContentRequests.RemoveRange(await db.ContentRequests.Where(r => r.NodeKey == nodeKey && r.Kind == kind).ToListAsync(cancellationToken));
        var now = DateTime.UtcNow;
        db.ContentRequests.Add(new ContentRequestRecord { NodeKey = nodeKey, Kind = kind, Argument = argument, RequestedBy = userName, RequestedAt = now });
        ContentAudit.Add(db, nodeKey, "Request" + kind, userName, now,
            culture: kind == ContentRequestKind.Unpublish ? argument : null,
            detail: kind == ContentRequestKind.Move ? argument : null);

        var requestedBy = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
        foreach (var to in await MailRecipients.PublishersOfAsync(db, node, except: userName, cancellationToken))
        {
            outbox.Enqueue(db, to, new ContentRequestedMail(nodeKey, ItemName(node, to.Culture), requestedBy, kind));
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(nodeKey, node.Version);
    }

    /// <summary>The item's name in a mail; empty for the root level, which the mail's words name.</summary>
    public static string ItemName(NodeRecord node, string culture) => node.Key == Guid.Empty ? string.Empty : MailRecipients.ItemName(node, culture);
}
