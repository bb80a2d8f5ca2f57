using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>
/// Deletes a media item and its file for good. There is no media recycle bin: only items no document refers to (draft,
/// published or trashed) and empty folders may be deleted, so nothing a page shows can disappear, and a bin would only
/// keep unreferenced files around. The file is removed after the database commit, so a failed commit loses nothing.
/// </summary>
public sealed class DeleteMedia(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, MediaFileStore store)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, string? userName, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Media && !n.Trashed, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        if (await db.Nodes.AnyAsync(n => n.ParentId == node.Id, cancellationToken))
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["delete"] = new(MediaCodes.FolderNotEmpty) });
        }

        var usages = await new MediaUsages(db).ExecuteAsync(key, snapshots.Current.Schema.DefaultCulture, cancellationToken);
        if (usages.Count > 0)
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError>
            {
                ["delete"] = new(MediaCodes.InUse, string.Join(", ", usages.Select(u => u.Name))),
            });
        }

        var data = ContentData.Deserialize(node.DraftData);
        var file = MediaItems.StoredFile(data);
        var extension = data.Value("umbracoExtension", string.Empty);
        db.Nodes.Remove(node);
        MediaItems.Audit(db, key, "Delete", userName, MediaItems.NameOf(data, string.Empty));
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.MediaDeleted, [key]), cancellationToken);
        if (file is { } f && extension is not null)
        {
            store.Delete(f.Id, extension);
        }

        return ContentResult.Ok(key, 0);
    }
}
