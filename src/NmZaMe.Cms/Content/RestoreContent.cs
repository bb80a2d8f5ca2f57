using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Takes a trashed item and its branch out of the recycle bin: back under the parent it came from, or under
/// <c>ParentKey</c> when given (<c>ToRoot</c> for the root). When the original parent is gone or trashed itself, the
/// result is an error on "parent" and the caller asks for another place.
/// </summary>
public sealed record RestoreContentCommand(Guid Key, Guid? ParentKey = null, bool ToRoot = false, string? UserName = null);

public sealed class RestoreContent(CmsDbContext db, ContentSchema schema, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(RestoreContentCommand command, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == command.Key && n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(command.Key);
        }

        NodeRecord? parent = null;
        var wanted = command.ToRoot ? null : command.ParentKey ?? node.TrashedParentKey;
        if (wanted is { } parentKey)
        {
            parent = await db.Nodes.FirstOrDefaultAsync(n => n.Key == parentKey && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
            if (parent is null || ContentTree.IsInBranch(parent, node))
            {
                return Refused(command.Key, command.ParentKey is null
                    ? new CmsError(ContentCodes.OriginalParentGone)
                    : new CmsError(ContentCodes.ParentMissing));
            }
        }
        else if (!command.ToRoot && node.ParentId is not null)
        {
            // Trashed with its parent, which is still in the bin: restoring it alone needs a new place.
            return Refused(command.Key, new CmsError(ContentCodes.OriginalParentGone));
        }

        if (ContentTree.Refusal(schema, type, parent) is { } refusal)
        {
            return Refused(command.Key, refusal);
        }

        // Sub-branches trashed on their own before this one stay in the bin: they were not part of this deletion.
        var all = await ContentTree.BranchAsync(db, node, cancellationToken);
        var separatelyTrashed = all.Where(n => n.Id != node.Id && n.TrashedParentKey is not null).Select(n => n.Id).ToHashSet();
        var branch = all.Where(n => !n.Path.Split(',').Select(int.Parse).Any(separatelyTrashed.Contains)).ToList();

        var now = DateTime.UtcNow;
        if (node.ParentId != parent?.Id)
        {
            node.SortOrder = await ContentTree.NextSortOrderAsync(db, parent?.Id, cancellationToken);
            ContentTree.Relocate(node, all, parent);
        }

        foreach (var item in branch)
        {
            item.Trashed = false;
            item.UpdateDate = now;
            item.Version++;
            // Umbraco restores content from the recycle bin unpublished: an editor decides again whether it goes live,
            // since it may have been out of date or wrong, which is often why it was trashed.
            item.PublishedData = null;
        }

        node.TrashedParentKey = null;
        db.ContentVersions.Add(new ContentVersionRecord { NodeId = node.Id, Created = now, Action = "Restore", Data = node.DraftData, UserName = command.UserName });
        ContentAudit.Add(db, node.Key, "Restore", command.UserName, now,
            detail: (parent is null ? "-" : ContentTree.NameOf(ContentData.Deserialize(parent.DraftData), schema.DefaultCulture)) + (branch.Count > 1 ? $" +{branch.Count - 1}" : string.Empty));
        try
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Restored, branch.Select(b => b.Key).ToArray()), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContentResult.Conflict(command.Key, node.Version);
        }

        return ContentResult.Ok(command.Key, node.Version);
    }

    private static ContentResult Refused(Guid key, CmsError error) => ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["parent"] = error });
}
