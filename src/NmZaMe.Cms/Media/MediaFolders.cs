using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>Finding the folder something goes into; null key is the media root.</summary>
public static class MediaFolders
{
    public static async Task<(NodeRecord? Folder, CmsError? Error)> FindAsync(CmsDbContext db, Guid? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return (null, null);
        }

        var folder = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && n.Kind == ContentKind.Media && !n.Trashed, cancellationToken);
        return folder is null || folder.ContentTypeAlias != MediaItems.FolderType ? (null, new CmsError(MediaCodes.FolderMissing)) : (folder, null);
    }

    public static async Task<int> NextSortOrderAsync(CmsDbContext db, NodeRecord? parent, CancellationToken cancellationToken)
    {
        int? parentId = parent?.Id;
        var max = await db.Nodes.Where(n => n.Kind == ContentKind.Media && n.ParentId == parentId).Select(n => (int?)n.SortOrder).MaxAsync(cancellationToken);
        return (max ?? -1) + 1;
    }
}
