using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Puts the children of an item (null: the root level) in the given order. The list must name every child exactly
/// once, so a child added or moved away meanwhile is not silently misplaced.
/// </summary>
public sealed class SortContent(CmsDbContext db, ContentCommit commit)
{
    /// <param name="mayPublish">
    /// Whether the user may change the live site. Without it, a new order among published children is not applied but
    /// answered with <see cref="ContentOutcome.NeedsApproval"/>, so it can be sent for approval.
    /// </param>
    public async Task<ContentResult> ExecuteAsync(Guid? parentKey, IReadOnlyList<Guid> order, bool mayPublish, string? userName = null, CancellationToken cancellationToken = default)
    {
        int? parentId = null;
        if (parentKey is { } pk)
        {
            parentId = await db.Nodes.Where(n => n.Key == pk && !n.Trashed && n.Kind == ContentKind.Document).Select(n => (int?)n.Id).FirstOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return ContentResult.NotFound(pk);
            }
        }

        var children = await db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed && n.Kind == ContentKind.Document).ToListAsync(cancellationToken);
        if (order.Count != children.Count || order.Distinct().Count() != order.Count || !children.All(c => order.Contains(c.Key)))
        {
            return ContentResult.Invalid(parentKey ?? Guid.Empty, new Dictionary<string, CmsError> { ["order"] = new(ContentCodes.ChildrenChanged) });
        }

        if (!mayPublish)
        {
            var published = children.Where(c => c.PublishedData is not null).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Key).ToList();
            var publishedSet = published.ToHashSet();
            if (!published.SequenceEqual(order.Where(publishedSet.Contains)))
            {
                return ContentResult.NeedsApproval(parentKey ?? Guid.Empty);
            }
        }

        var now = DateTime.UtcNow;
        var changed = new List<Guid>();
        foreach (var child in children)
        {
            var position = order.ToList().IndexOf(child.Key);
            if (child.SortOrder != position)
            {
                child.SortOrder = position;
                child.UpdateDate = now;
                child.Version++;
                changed.Add(child.Key);
                ContentAudit.Add(db, child.Key, "Sort", userName, now, detail: (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (changed.Count == 0)
        {
            return ContentResult.Ok(parentKey ?? Guid.Empty, 0);
        }

        if (parentKey is { } key)
        {
            ContentAudit.Add(db, key, "Sort", userName, now, detail: changed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        try
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Sorted, changed), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContentResult.Invalid(parentKey ?? Guid.Empty, new Dictionary<string, CmsError> { ["order"] = new(ContentCodes.ChildrenChanged) });
        }

        return ContentResult.Ok(parentKey ?? Guid.Empty, 0);
    }
}
