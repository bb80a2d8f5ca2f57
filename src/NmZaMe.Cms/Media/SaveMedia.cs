using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>A new name for a media item or folder, and for an image its alt text by culture ("" invariant).</summary>
public sealed record SaveMediaCommand(Guid Key, string? Name, IReadOnlyDictionary<string, string?> AltText, int? ExpectedVersion, string? UserName);

/// <summary>Renames a media item and edits an image's alt text; the change is live at once (media has no drafts).</summary>
public sealed class SaveMedia(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit)
{
    public async Task<ContentResult> ExecuteAsync(SaveMediaCommand command, CancellationToken cancellationToken = default)
    {
        var schema = snapshots.Current.Schema;
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == command.Key && n.Kind == ContentKind.Media && !n.Trashed, cancellationToken);
        if (node is null || schema.GetContentType(node.ContentTypeAlias) is not { } type)
        {
            return ContentResult.NotFound(command.Key);
        }

        if (command.ExpectedVersion is { } expected && expected != node.Version)
        {
            return ContentResult.Conflict(command.Key, node.Version);
        }

        var errors = new Dictionary<string, CmsError>();
        var name = NmZaMe.Cms.Text.ItemName.Clean(command.Name);
        if (name.Length == 0)
        {
            errors["name"] = new CmsError(ContentCodes.NameRequired);
        }
        else if (name.Length > 255)
        {
            errors["name"] = new CmsError(ContentCodes.NameTooLong, 255);
        }

        var data = ContentData.Deserialize(node.DraftData);
        if (node.ContentTypeAlias == MediaItems.ImageType)
        {
            foreach (var culture in MediaItems.AltTextCultures(schema))
            {
                var alt = command.AltText.GetValueOrDefault(culture);
                if (MediaItems.AltTextError(alt) is { } altError)
                {
                    errors[culture.Length == 0 ? "altText" : $"altText[{culture}]"] = altError;
                }
                else
                {
                    data.SetValue("altText", culture, alt!.Trim());
                }
            }
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(command.Key, errors);
        }

        data.Names[MediaItems.NameCulture(type, schema)] = name;
        var json = data.Serialize();
        node.DraftData = json;
        node.PublishedData = json;
        node.UpdateDate = DateTime.UtcNow;
        node.Version++;
        MediaItems.Audit(db, node.Key, "Save", command.UserName, name);
        try
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.MediaSaved, [node.Key]), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContentResult.Conflict(command.Key, node.Version);
        }

        return ContentResult.Ok(node.Key, node.Version);
    }
}
