using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>
/// Copies an item (optionally with its descendants) under a parent (null: the root). Copies are new unpublished drafts
/// with new keys; the top copy's names are made unique among its new siblings ("… (kopija)"). The result's key is the
/// top copy's.
/// </summary>
public sealed class CopyContent(CmsDbContext db, ContentSchema schema, ContentCommit? commit = null)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, Guid? parentKey, bool withDescendants, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(key);
        }

        NodeRecord? parent = null;
        if (parentKey is { } pk)
        {
            parent = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == pk && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
            if (parent is null)
            {
                return Refused(key, new CmsError(ContentCodes.ParentMissing));
            }

            // A copy with descendants under its own branch would copy what it is creating.
            if (withDescendants && ContentTree.IsInBranch(parent, node))
            {
                return Refused(key, new CmsError(ContentCodes.CopyIntoItself));
            }
        }

        if (ContentTree.Refusal(schema, type, parent) is { } refusal)
        {
            return Refused(key, refusal);
        }

        var sources = withDescendants
            ? (await ContentTree.BranchAsync(db, node, cancellationToken)).Where(n => !n.Trashed).OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToList()
            : [node];
        var siblingNames = (await db.Nodes.AsNoTracking().Where(n => n.ParentId == (parent == null ? null : parent.Id) && !n.Trashed && n.Kind == ContentKind.Document)
                .Select(n => n.DraftData).ToListAsync(cancellationToken))
            .Select(ContentData.Deserialize).ToList();

        var now = DateTime.UtcNow;
        var copies = new Dictionary<int, NodeRecord>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var source in sources)
        {
            var isTop = source.Id == node.Id;
            var target = isTop ? parent : copies.GetValueOrDefault(source.ParentId ?? 0);
            if (!isTop && target is null)
            {
                continue; // below a trashed item of the branch: that part was not copied
            }

            var data = ContentData.Deserialize(source.DraftData);
            data.Segments.Clear();
            if (isTop)
            {
                foreach (var (culture, name) in data.Names.ToList())
                {
                    data.Names[culture] = UniqueName(name, siblingNames.Select(s => s.Names.GetValueOrDefault(culture)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase));
                }
            }

            var copy = new NodeRecord
            {
                Key = Guid.NewGuid(),
                ParentId = target?.Id,
                Level = (target?.Level ?? 0) + 1,
                SortOrder = isTop ? await ContentTree.NextSortOrderAsync(db, parent?.Id, cancellationToken) : source.SortOrder,
                Kind = ContentKind.Document,
                ContentTypeAlias = source.ContentTypeAlias,
                CreateDate = now,
                UpdateDate = now,
                DraftData = data.Serialize(),
                Version = 1,
            };
            db.Nodes.Add(copy);
            await db.SaveChangesAsync(cancellationToken);
            copy.Path = $"{target?.Path ?? "-1"},{copy.Id}";
            copies[source.Id] = copy;
            db.ContentVersions.Add(new ContentVersionRecord { NodeId = copy.Id, Created = now, Action = "Copy", Data = copy.DraftData, UserName = userName });
            ContentAudit.Add(db, copy.Key, "Copy", userName, now, detail: $"{ContentTree.NameOf(ContentData.Deserialize(source.DraftData), schema.DefaultCulture)} ({source.Key})");
        }

        ContentAudit.Add(db, key, "Copy", userName, now, detail: $"→ {copies[node.Id].Key}" + (copies.Count > 1 ? $" +{copies.Count - 1}" : string.Empty));
        // Copies are drafts: the back office's index has them once they have committed.
        async Task SaveAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await (commit is null ? SaveAsync(cancellationToken)
            : commit.SaveAsync(db, new ContentChange(ContentChangeKind.Saved, [.. copies.Values.Select(c => c.Key)]), SaveAsync, cancellationToken));
        return ContentResult.Ok(copies[node.Id].Key, copies[node.Id].Version);
    }

    public static string UniqueName(string name, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(name))
        {
            return name;
        }

        var candidate = $"{name} (kopija)";
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = $"{name} (kopija {i})";
        }

        return candidate;
    }

    private static ContentResult Refused(Guid key, CmsError error) => ContentResult.Invalid(key, new Dictionary<string, CmsError> { ["parent"] = error });
}
