using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>
/// An editor approves a requested change to the live site: it is applied through the same use case (and so the same
/// checks and after-commit handlers) an editor with the publish permission runs, then the request is removed and the
/// author gets a mail. When the change cannot be applied any more (the list of children changed, the parent is gone),
/// the request stays and the approver sees why.
/// </summary>
public sealed class ApproveContentRequest(CmsDbContext db, ContentSchema schema, ContentCommit commit, MailOutbox outbox)
{
    public async Task<ContentResult> ExecuteAsync(long id, string userName, CancellationToken cancellationToken = default)
    {
        if (await db.ContentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } request)
        {
            return ContentResult.NotFound(Guid.Empty);
        }

        var key = request.NodeKey;
        var before = key == Guid.Empty ? null : await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        var result = request.Kind switch
        {
            ContentRequestKind.Move => await new MoveContent(db, schema, commit)
                .ExecuteAsync(key, Guid.TryParse(request.Argument, out var parent) ? parent : null, mayPublish: true, userName, cancellationToken),
            ContentRequestKind.Sort => await new SortContent(db, commit)
                .ExecuteAsync(key == Guid.Empty ? null : key, ContentRequests.Order(request.Argument), mayPublish: true, userName, cancellationToken),
            ContentRequestKind.Unpublish => await new UnpublishContent(db, schema, commit)
                .ExecuteAsync(key, request.Argument.Length == 0 ? null : request.Argument, mayPublish: true, userName, cancellationToken),
            ContentRequestKind.PublishBranch => await BranchAsync(request, userName, cancellationToken),
            _ => await new TrashContent(db, commit).ExecuteAsync(key, mayPublish: true, userName, cancellationToken),
        };
        if (!result.Succeeded && result.Outcome != ContentOutcome.NotFound)
        {
            return result;
        }

        // Applied, or its item is gone (trashed or deleted meanwhile): either way nothing waits any more.
        db.ChangeTracker.Clear();
        db.ContentRequests.Remove(new ContentRequestRecord { Id = id });
        ContentAudit.Add(db, key, "ApproveRequest", userName, DateTime.UtcNow, detail: request.Kind.ToString());
        if (result.Succeeded && await MailRecipients.UserAsync(db, request.RequestedBy, cancellationToken) is { } author && request.RequestedBy != userName)
        {
            var approvedBy = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
            var name = before is null ? string.Empty : MailRecipients.ItemName(before, author.Culture);
            outbox.Enqueue(db, author, new ContentRequestApprovedMail(key, name, approvedBy, request.Kind));
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Exactly the items and versions asked for, or nothing. When the item itself cannot be published the request stays
    /// with the reason; a descendant that fails its validation stays a draft (with its own descendants) and the rest is published.
    /// </summary>
    private async Task<ContentResult> BranchAsync(ContentRequestRecord request, string userName, CancellationToken cancellationToken)
    {
        var branch = await new PublishBranch(db, schema, commit).ExecutePlanAsync(ContentRequests.Branch(request.Argument), exact: true, userName, cancellationToken);
        return branch.Failed.FirstOrDefault(f => f.Key == request.NodeKey) is { Result: { } own }
            ? own
            : ContentResult.Ok(request.NodeKey, 0);
    }
}
