using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>Moves an item and its descendants to the recycle bin, remembering the parent it came from.</summary>
public sealed class TrashContent(CmsDbContext db, ContentCommit commit)
{
    /// <param name="mayPublish">
    /// Whether the user may change the live site. Without it, a branch with anything published is not trashed (it would
    /// leave the site at once): the answer is <see cref="ContentOutcome.NeedsApproval"/>.
    /// </param>
    public async Task<ContentResult> ExecuteAsync(Guid key, bool mayPublish, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        var prefix = node.Path + ",";
        var branch = await db.Nodes.Where(n => n.Id == node.Id || n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
        if (!mayPublish && branch.Any(b => !b.Trashed && b.PublishedData is not null))
        {
            return ContentResult.NeedsApproval(key);
        }

        var parentKey = node.ParentId is { } pid ? await db.Nodes.Where(n => n.Id == pid).Select(n => (Guid?)n.Key).FirstOrDefaultAsync(cancellationToken) : null;
        var now = DateTime.UtcNow;
        foreach (var item in branch)
        {
            item.Trashed = true;
            item.UpdateDate = now;
            item.Version++;
        }

        node.TrashedParentKey = parentKey;
        db.ContentVersions.Add(new ContentVersionRecord { NodeId = node.Id, Created = now, Action = "Trash", Data = node.DraftData, UserName = userName });
        ContentAudit.Add(db, key, "Trash", userName, now, detail: branch.Count > 1 ? $"+{branch.Count - 1}" : null);
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Trashed, branch.Select(b => b.Key).ToArray()), cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }
}
