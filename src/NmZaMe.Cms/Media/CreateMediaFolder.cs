using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>Creates a folder at the media root or in another folder; published at once, like all media.</summary>
public sealed class CreateMediaFolder(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(Guid? parentKey, string? name, string? userName, CancellationToken cancellationToken = default)
    {
        var schema = snapshots.Current.Schema;
        var type = schema.GetContentType(MediaItems.FolderType)!;
        var (parent, parentError) = await MediaFolders.FindAsync(db, parentKey, cancellationToken);
        var trimmed = NmZaMe.Cms.Text.ItemName.Clean(name);
        var errors = new Dictionary<string, CmsError>();
        if (parentError is not null)
        {
            errors["parent"] = parentError;
        }

        if (trimmed.Length == 0)
        {
            errors["name"] = new CmsError(MediaCodes.FolderNameRequired);
        }
        else if (trimmed.Length > 255)
        {
            errors["name"] = new CmsError(ContentCodes.NameTooLong, 255);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(Guid.Empty, errors);
        }

        var data = new ContentData();
        data.Names[MediaItems.NameCulture(type, schema)] = trimmed;
        var node = MediaItems.NewNode(parent, type, data, await MediaFolders.NextSortOrderAsync(db, parent, cancellationToken), DateTime.UtcNow);
        db.Nodes.Add(node);
        MediaItems.Audit(db, node.Key, "Save", userName, "Nova mapa");
        await commit.SaveAsync(db, new ContentChange(ContentChangeKind.MediaSaved, [node.Key]), async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            node.Path = $"{node.Path},{node.Id}";
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return ContentResult.Ok(node.Key, node.Version);
    }
}
