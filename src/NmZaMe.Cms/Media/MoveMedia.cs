using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>Moves a media item or folder (with its contents) into another folder or to the media root.</summary>
public sealed class MoveMedia(CmsDbContext db, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, Guid? targetKey, string? userName, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Media && !n.Trashed, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        var (target, error) = await MediaFolders.FindAsync(db, targetKey, cancellationToken);
        if (error is null && target is not null && (target.Id == node.Id || target.Path.Split(',').Contains(node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            error = new CmsError(MediaCodes.FolderIntoItself);
        }

        if (error is not null)
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["target"] = error });
        }

        if (node.ParentId == target?.Id)
        {
            return ContentResult.Ok(key, node.Version);
        }

        var oldPath = node.Path;
        var branch = await db.Nodes.Where(n => n.Path.StartsWith(oldPath + ",")).ToListAsync(cancellationToken);
        var newPath = $"{target?.Path ?? "-1"},{node.Id}";
        var levelShift = (target?.Level ?? 0) + 1 - node.Level;
        node.SortOrder = await MediaFolders.NextSortOrderAsync(db, target, cancellationToken);
        node.ParentId = target?.Id;
        node.Path = newPath;
        node.Level += levelShift;
        node.UpdateDate = DateTime.UtcNow;
        node.Version++;
        foreach (var descendant in branch)
        {
            descendant.Path = newPath + descendant.Path[oldPath.Length..];
            descendant.Level += levelShift;
        }

        MediaItems.Audit(db, key, "Move", userName, target is null ? "/" : MediaItems.NameOf(ContentData.Deserialize(target.DraftData), string.Empty));
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.MediaMoved, branch.Select(b => b.Key).Append(key).ToList()), cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }
}
