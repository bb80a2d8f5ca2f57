using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

/// <summary>Creates nodes from uSync Content and Media files, parents before children, publishing what the files say is published.</summary>
internal sealed class ContentImport(CmsDbContext db, ContentSchema schema, List<string> errors)
{
    public async Task<int> RunAsync(IReadOnlyList<ContentFile> files, DateTime now, CancellationToken cancellationToken)
    {
        var duplicates = files.GroupBy(f => f.Key).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add($"{string.Join(", ", duplicate.Select(d => d.RelativePath))}: the same Key {duplicate.Key} is used by more than one file.");
        }

        var existingKeys = await db.Nodes.Select(n => new { n.Key, n.Id, n.Path, n.Level, n.ContentTypeAlias }).ToDictionaryAsync(n => n.Key, cancellationToken);
        var byKey = files.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First());
        var nodes = new Dictionary<Guid, ImportedNode>();
        var existing = existingKeys.ToDictionary(e => e.Key, e => (e.Value.Id, e.Value.Path, e.Value.Level));
        var taken = new Dictionary<(Guid, string), HashSet<string>>();
        var context = new EditorContext(schema);
        var imported = 0;

        // Parents first: depth from the file tree itself, not from the Level attribute, which may be stale.
        int Depth(ContentFile f, int guard = 0) =>
            guard < 100 && f.ParentKey != Guid.Empty && byKey.TryGetValue(f.ParentKey, out var p) ? 1 + Depth(p, guard + 1) : 0;

        foreach (var level in files.Where(f => !existingKeys.ContainsKey(f.Key)).GroupBy(f => (f.Kind, Depth(f))).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Item2))
        {
            // Batches keep EF Core's change tracker small on a large catalogue; all of them share the one transaction.
            foreach (var batch in level.OrderBy(f => f.SortOrder).Chunk(BatchSize))
            {
                var added = new List<(Guid Key, NodeRecord Node)>();
                foreach (var file in batch)
                {
                    var node = Build(file, nodes, existing, taken, context, now);
                    if (node is not null)
                    {
                        db.Nodes.Add(node);
                        added.Add((file.Key, node));
                        imported++;
                    }
                }

                if (errors.Count > 0)
                {
                    return imported;
                }

                await db.SaveChangesAsync(cancellationToken);
                foreach (var (key, node) in added)
                {
                    node.Path = node.Path + "," + node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    nodes[key] = new ImportedNode(node.Id, node.Path, node.Level, node.ContentTypeAlias);
                    foreach (var schedule in byKey[key].Schedules)
                    {
                        db.ContentSchedules.Add(new ContentScheduleRecord { NodeId = node.Id, Culture = schedule.Culture, Action = schedule.Action, Date = schedule.Date });
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return imported;
    }

    private const int BatchSize = 2000;

    private sealed record ImportedNode(int Id, string Path, int Level, string ContentTypeAlias);

    private NodeRecord? Build(ContentFile file, Dictionary<Guid, ImportedNode> nodes, Dictionary<Guid, (int Id, string Path, int Level)> existing,
        Dictionary<(Guid, string), HashSet<string>> taken, EditorContext context, DateTime now)
    {
        var type = schema.GetContentType(file.ContentTypeAlias);
        if (type is null || type.IsElement || type.Kind != file.Kind)
        {
            errors.Add($"{file.RelativePath}: content type '{file.ContentTypeAlias}' does not exist{(type is { IsElement: true } ? " as a document type (it is an element type)" : string.Empty)}.");
            return null;
        }

        int? parentId = null;
        var parentPath = "-1";
        var level = 1;
        if (file.ParentKey != Guid.Empty)
        {
            if (nodes.TryGetValue(file.ParentKey, out var parent))
            {
                parentId = parent.Id;
                parentPath = parent.Path;
                level = parent.Level + 1;
                var parentType = schema.GetContentType(parent.ContentTypeAlias);
                if (file.Kind == ContentKind.Document && parentType is not null && !parentType.AllowedChildren.Any(c => c.Key == type.Key || c.Alias == type.Alias))
                {
                    errors.Add($"{file.RelativePath}: a '{type.Alias}' is not allowed under a '{parentType.Alias}' (see its <Structure>).");
                }
            }
            else if (existing.TryGetValue(file.ParentKey, out var existingParent))
            {
                parentId = existingParent.Id;
                parentPath = existingParent.Path;
                level = existingParent.Level + 1;
            }
            else
            {
                errors.Add($"{file.RelativePath}: parent {file.ParentKey} is neither in the uSync folder nor in the database.");
                return null;
            }
        }

        var draft = new ContentData();
        foreach (var (culture, name) in file.Names)
        {
            if (type.VariesByCulture ? culture.Length > 0 && schema.IsKnownCulture(culture) : culture.Length == 0)
            {
                draft.Names[type.VariesByCulture ? schema.NormaliseCulture(culture)! : string.Empty] = name;
            }
        }

        if (draft.Names.Count == 0 && file.Names.TryGetValue(string.Empty, out var fallbackName))
        {
            draft.Names[type.VariesByCulture ? schema.DefaultCulture : string.Empty] = fallbackName;
        }

        foreach (var (alias, byCulture) in file.Values)
        {
            var property = schema.Property(type, alias);
            if (property is null)
            {
                errors.Add($"{file.RelativePath}: property '{alias}' is not defined on content type '{type.Alias}'.");
                continue;
            }

            foreach (var (culture, raw) in byCulture)
            {
                var valueCulture = Publishing.ValueCulture(type, property, schema.NormaliseCulture(culture) ?? string.Empty);
                var result = schema.EditorOf(property).Normalise(raw, schema.DataTypeOf(property), context);
                if (!result.IsValid)
                {
                    errors.Add($"{file.RelativePath}: property '{alias}'{(culture.Length > 0 ? $" ({culture})" : string.Empty)}: {result.Error}");
                    continue;
                }

                draft.SetValue(alias, valueCulture, result.Value);
            }
        }

        var cultures = type.VariesByCulture
            ? file.PublishedCultures.Where(c => c.Length > 0).Select(schema.NormaliseCulture).OfType<string>().Where(draft.Names.ContainsKey).ToArray()
            : file.Kind == ContentKind.Media || file.PublishedCultures.Contains(string.Empty) ? [string.Empty] : [];
        ContentData? published = null;
        if (cultures.Length > 0 && !file.Trashed)
        {
            if (file.Kind == ContentKind.Document)
            {
                foreach (var (field, message) in Publishing.Validate(schema, type, draft, cultures))
                {
                    errors.Add($"{file.RelativePath}: cannot publish, {field}: {message}");
                }
            }

            published = Publishing.Publish(schema, type, draft, null, cultures, culture =>
            {
                var k = (file.ParentKey, culture);
                return taken.TryGetValue(k, out var set) ? set : taken[k] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }, now);
            foreach (var (culture, segment) in published.Segments)
            {
                taken[(file.ParentKey, culture)].Add(segment);
            }

            draft.Segments = new Dictionary<string, string>(published.Segments, StringComparer.OrdinalIgnoreCase);
        }

        return new NodeRecord
        {
            Key = file.Key,
            ParentId = parentId,
            Level = level,
            Path = parentPath,
            SortOrder = file.SortOrder,
            Kind = file.Kind,
            ContentTypeAlias = type.Alias,
            Trashed = file.Trashed,
            TrashedParentKey = file.TrashedParentKey,
            CreateDate = file.CreateDate,
            UpdateDate = now,
            DraftData = draft.Serialize(),
            PublishedData = published?.Serialize(),
            Version = 1,
        };
    }
}
