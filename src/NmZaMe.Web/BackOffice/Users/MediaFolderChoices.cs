using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>The media folders an administrator can choose as a start folder (a user's or a group's), labelled by their path.</summary>
public static class MediaFolderChoices
{
    public static async Task<IReadOnlyList<(Guid Key, string Label)>> LoadAsync(CmsDbContext db, string culture, CancellationToken cancellationToken)
    {
        var folders = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media && !n.Trashed && n.ContentTypeAlias == MediaItems.FolderType).ToListAsync(cancellationToken);
        var names = folders.ToDictionary(f => f.Id, f => MediaItems.NameOf(ContentData.Deserialize(f.DraftData), culture));
        return folders.Select(f => (f.Key, string.Join(" / ", NodePath.Ids(f.Path).Select(i => names.GetValueOrDefault(i, "?")))))
            .OrderBy(f => f.Item2, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
