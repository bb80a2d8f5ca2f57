using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Moves an item with its descendants under another parent (null: the root), last among the new siblings. Published
/// items stay published; after the commit the snapshot is refreshed so the site and the API show the new place.
/// </summary>
public sealed class MoveContent(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    /// <param name="mayPublish">
    /// Whether the user may change the live site. Without it, an item whose branch holds anything published is not
    /// moved (the new place would be live at once, past the approval an edit needs): the answer is
    /// <see cref="ContentOutcome.NeedsApproval"/>, after the move was found valid, so the request can be sent.
    /// </param>
    public async Task<ContentResult> ExecuteAsync(Guid key, Guid? parentKey, bool mayPublish, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(key);
        }

        NodeRecord? parent = null;
        if (parentKey is { } pk)
        {
            parent = await db.Nodes.FirstOrDefaultAsync(n => n.Key == pk && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
            if (parent is null)
            {
                return Refused(key, new CmsError(ContentCodes.ParentMissing));
            }

            if (ContentTree.IsInBranch(parent, node))
            {
                return Refused(key, new CmsError(ContentCodes.MoveIntoItself));
            }
        }

        if (ContentTree.Refusal(schema, type, parent) is { } refusal)
        {
            return Refused(key, refusal);
        }

        if (node.ParentId == parent?.Id)
        {
            return ContentResult.Ok(key, node.Version);
        }

        var oldParentName = node.ParentId is { } oldId
            ? ContentTree.NameOf(ContentData.Deserialize(await db.Nodes.Where(n => n.Id == oldId).Select(n => n.DraftData).FirstAsync(cancellationToken)), schema.DefaultCulture)
            : "-";
        var branch = await ContentTree.BranchAsync(db, node, cancellationToken);
        if (!mayPublish && (node.PublishedData is not null || branch.Any(b => b.PublishedData is not null)))
        {
            return ContentResult.NeedsApproval(key);
        }

        var now = DateTime.UtcNow;
        node.SortOrder = await ContentTree.NextSortOrderAsync(db, parent?.Id, cancellationToken);
        ContentTree.Relocate(node, branch, parent);
        if (node.PublishedData is not null)
        {
            var published = await UniqueSegmentsAsync(node, ContentData.Deserialize(node.PublishedData), cancellationToken);
            var draft = ContentData.Deserialize(node.DraftData);
            draft.Segments = new Dictionary<string, string>(published.Segments, StringComparer.OrdinalIgnoreCase);
            node.PublishedData = published.Serialize();
            node.DraftData = draft.Serialize();
        }

        foreach (var item in branch)
        {
            item.UpdateDate = now;
            item.Version++;
        }

        var newParentName = parent is null ? "-" : ContentTree.NameOf(ContentData.Deserialize(parent.DraftData), schema.DefaultCulture);
        ContentAudit.Add(db, key, "Move", userName, now, detail: $"{oldParentName} → {newParentName}");
        try
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Moved, branch.Select(b => b.Key).ToArray()), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContentResult.Conflict(key, node.Version);
        }

        return ContentResult.Ok(key, node.Version);
    }

    // A published sibling at the new place may already answer to the same URL segment; the moved item gives way.
    private async Task<ContentData> UniqueSegmentsAsync(NodeRecord node, ContentData published, CancellationToken cancellationToken)
    {
        var siblings = (await db.Nodes.AsNoTracking()
                .Where(n => n.ParentId == node.ParentId && n.Id != node.Id && !n.Trashed && n.PublishedData != null)
                .Select(n => n.PublishedData!).ToListAsync(cancellationToken))
            .Select(ContentData.Deserialize).ToList();
        foreach (var (culture, segment) in published.Segments.ToList())
        {
            var taken = siblings.Select(s => s.Segments.GetValueOrDefault(culture)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            published.Segments[culture] = UrlSegment.Unique(segment, taken);
        }

        return published;
    }

    private static ContentResult Refused(Guid key, CmsError error) => ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["parent"] = error });
}
