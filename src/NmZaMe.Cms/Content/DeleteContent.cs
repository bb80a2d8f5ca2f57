using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Deletes a trashed item and its branch for good: nodes, versions, schedules and redirects to them. Only what is in the
/// recycle bin can be deleted (Umbraco's rule), so nothing live disappears by one click. The audit rows stay, with a
/// "Delete" line per item.
/// </summary>
public sealed class DeleteContent(CmsDbContext db, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        await DeleteAsync(db, commit, await ContentTree.BranchAsync(db, node, cancellationToken), userName, cancellationToken);
        return ContentResult.Ok(key, 0);
    }

    /// <summary>Deletes whole branches in one transaction, deepest first (a parent may not go before its children).</summary>
    internal static async Task DeleteAsync(CmsDbContext db, ContentCommit commit, IReadOnlyCollection<NodeRecord> nodes, string? userName, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var ids = nodes.Select(n => n.Id).ToList();
        var keys = nodes.Select(n => n.Key).ToList();
        foreach (var item in nodes)
        {
            ContentAudit.Add(db, item.Key, "Delete", userName, now, detail: ContentTree.NameOf(ContentData.Deserialize(item.DraftData), string.Empty));
        }

        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Deleted, keys), async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await db.ContentVersions.Where(v => ids.Contains(v.NodeId)).ExecuteDeleteAsync(ct);
            await db.ContentSchedules.Where(s => ids.Contains(s.NodeId)).ExecuteDeleteAsync(ct);
            await db.RedirectUrls.Where(r => keys.Contains(r.NodeKey)).ExecuteDeleteAsync(ct);
            foreach (var level in nodes.Select(n => n.Level).Distinct().OrderDescending())
            {
                var atLevel = nodes.Where(n => n.Level == level).Select(n => n.Id).ToList();
                await db.Nodes.Where(n => atLevel.Contains(n.Id)).ExecuteDeleteAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }, cancellationToken);
        foreach (var item in nodes)
        {
            db.Entry(item).State = EntityState.Detached;
        }
    }
}
