using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Copies an old version's names and values into the draft, as a new version; nothing is published. Like a save, it is
/// refused when the item changed since the editor looked (<c>expectedVersion</c>).
/// </summary>
public sealed class RollbackContent(CmsDbContext db, ContentSchema schema, ContentCommit? commit = null)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, long versionId, int? expectedVersion = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        var version = node is null ? null : await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId && v.NodeId == node.Id, cancellationToken);
        if (node is null || type is null || version is null)
        {
            return ContentResult.NotFound(key);
        }

        if (expectedVersion is { } expected && node.Version != expected)
        {
            return ContentResult.Conflict(key, node.Version);
        }

        var old = ContentData.Deserialize(version.Data);
        if (old.Names.Count == 0)
        {
            return ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["version"] = new(ContentCodes.VersionWithoutName) });
        }

        var draft = ContentData.Deserialize(node.DraftData);
        var now = DateTime.UtcNow;
        draft.Names = new Dictionary<string, string>(old.Names, StringComparer.OrdinalIgnoreCase);

        // Only the type's current properties: one removed from the type since then has nowhere to go.
        foreach (var property in schema.PropertiesOf(type))
        {
            draft.Values.Remove(property.Alias);
            if (old.Values.TryGetValue(property.Alias, out var values))
            {
                draft.Values[property.Alias] = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
            }
        }

        foreach (var culture in draft.Names.Keys)
        {
            draft.Dates[culture] = now;
        }

        node.DraftData = draft.Serialize();
        node.UpdateDate = now;
        node.Version++;
        db.ContentVersions.Add(new ContentVersionRecord { NodeId = node.Id, Created = now, Action = "Rollback", Data = node.DraftData, UserName = userName });
        ContentAudit.Add(db, key, "Rollback", userName, now, detail: $"#{version.Id} ({version.Created:yyyy-MM-dd HH:mm} UTC)");
        try
        {
            await (commit is null ? db.SaveChangesAsync(cancellationToken) : commit.SaveAsync(db, new ContentChange(ContentChangeKind.Saved, [key]), cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Nodes.AsNoTracking().Where(n => n.Key == key).Select(n => n.Version).FirstOrDefaultAsync(cancellationToken);
            return ContentResult.Conflict(key, current);
        }

        return ContentResult.Ok(key, node.Version);
    }
}
