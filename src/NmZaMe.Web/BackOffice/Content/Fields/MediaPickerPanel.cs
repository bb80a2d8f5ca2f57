using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Search.Internal;
using MediaItem = NmZaMe.Web.BackOffice.Media.IndexModel.Item;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>
/// What the media picker's panel shows (issue 14): one folder at a time within the editor's media start folders, or the
/// matches of a search by name and alt text from the back office's internal index, a page of choices at a time.
/// Choices of a type the data type does not allow are listed but cannot be picked (the save refuses them too, B3).
/// </summary>
public sealed class MediaPickerPanel
{
    public const int PageSize = 24;

    public sealed record Folder(Guid Key, string Name);

    public sealed record Choice(MediaItem Item, bool Allowed, bool Picked);

    public Guid? FolderKey { get; private init; }

    /// <summary>The folders from the top the editor may see down to the current one (the breadcrumb).</summary>
    public IReadOnlyList<Folder> Trail { get; private init; } = [];

    /// <summary>The current folder's subfolders; at the top, the root's or the editor's start folders.</summary>
    public IReadOnlyList<Folder> Folders { get; private init; } = [];

    public IReadOnlyList<Choice> Choices { get; private init; } = [];

    public string Query { get; private init; } = string.Empty;

    public int PageNumber { get; private init; } = 1;

    public int Total { get; private init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Whether the editor may upload into the current folder (content.edit, and the folder within their start folders).</summary>
    public bool CanUpload { get; set; }

    /// <summary>The upload's errors: "file", "name", "alt.{culture or inv}", "" for the whole upload.</summary>
    public Dictionary<string, string> UploadErrors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> AltCultures { get; set; } = [];

    public static async Task<MediaPickerPanel> LoadAsync(CmsDbContext db, IServiceProvider services, CurrentEditor access, ContentSchema schema, IReadOnlyList<string> allowed,
        IReadOnlyCollection<string> picked, Guid? folderKey, string query, int page, CancellationToken cancellationToken)
    {
        var media = db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media && !n.Trashed);
        var folder = folderKey is { } k ? await media.FirstOrDefaultAsync(n => n.Key == k && n.ContentTypeAlias == MediaItems.FolderType, cancellationToken) : null;
        if (folder is not null && !access.AllowsMedia(folder))
        {
            folder = null;
        }

        var trail = new List<Folder>();
        if (folder is not null)
        {
            var ids = NodePath.Ids(folder.Path).ToList();
            var ancestors = await media.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
            trail.AddRange(ancestors.Where(access.AllowsMedia).OrderBy(n => n.Level).Select(n => new Folder(n.Key, NameOf(n, schema))));
        }

        List<NodeRecord> found;
        var folders = new List<Folder>();
        if (query.Length > 0)
        {
            // Searching looks through every folder the editor may see, as Umbraco's media picker search does.
            var keys = services.GetRequiredService<InternalIndex>().Search(query);
            var nodes = await media.Where(n => keys.Contains(n.Key) && n.ContentTypeAlias != MediaItems.FolderType).ToDictionaryAsync(n => n.Key, cancellationToken);
            found = keys.Select(key => nodes.GetValueOrDefault(key)).OfType<NodeRecord>().Where(access.AllowsMedia).ToList();
        }
        else
        {
            var starts = access.StartMediaKeys ?? new HashSet<Guid>();
            var children = await (folder is not null ? media.Where(n => n.ParentId == folder.Id)
                : access.AllowsMediaRoot ? media.Where(n => n.ParentId == null) : media.Where(n => starts.Contains(n.Key))).ToListAsync(cancellationToken);
            // A start folder that gives way to a narrower one of the user's is not offered (CurrentEditor's rule).
            folders.AddRange(children.Where(n => n.ContentTypeAlias == MediaItems.FolderType && access.AllowsMedia(n)).Select(n => new Folder(n.Key, NameOf(n, schema)))
                .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase));
            found = children.Where(n => n.ContentTypeAlias != MediaItems.FolderType && access.AllowsMedia(n))
                .OrderBy(n => NameOf(n, schema), StringComparer.CurrentCultureIgnoreCase).ToList();
        }

        var pages = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pages);
        return new MediaPickerPanel
        {
            FolderKey = folder?.Key,
            Trail = trail,
            Folders = folders,
            Query = query,
            Total = found.Count,
            PageNumber = number,
            Choices = found.Skip((number - 1) * PageSize).Take(PageSize)
                .Select(n => new Choice(NmZaMe.Web.BackOffice.Media.IndexModel.ToItem(n, schema), PickerTypes.Allows(allowed, n.ContentTypeAlias), picked.Contains(n.Key.ToString())))
                .ToList(),
        };
    }

    private static string NameOf(NodeRecord node, ContentSchema schema) => MediaItems.NameOf(ContentData.Deserialize(node.DraftData), schema.DefaultCulture);
}
