using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

/// <summary>
/// Exports all content and media (drafts, with what is published per culture, pending schedules, trashed items
/// included) as uSync v17 files, and the media files next to them in <c>media/{id}/{name}</c> as the importer reads
/// them, so the export re-imports to the same state (review B14: schedules and media files were left out).
/// </summary>
public sealed class USyncExporter(ICmsDbContextFactory dbFactory, MediaFileStore store)
{
    /// <param name="folder">The uSync folder; files go to its <c>v17/Content</c>, <c>v17/Media</c> and <c>media</c>.</param>
    public async Task<int> ExportContentAsync(string folder, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var nodes = await db.Nodes.AsNoTracking().OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync(cancellationToken);
        var types = (await db.SchemaItems.AsNoTracking().Where(s => s.ItemType == SchemaItemType.ContentType).ToListAsync(cancellationToken))
            .Select(s => SchemaJson.FromJson<ContentType>(s.Definition)).Concat(BuiltInMediaTypes.All).GroupBy(t => t.Alias).ToDictionary(g => g.Key, g => g.First());
        var defaultCulture = (await db.SchemaItems.AsNoTracking().Where(s => s.ItemType == SchemaItemType.Language).ToListAsync(cancellationToken))
            .Select(s => SchemaJson.FromJson<Language>(s.Definition)).FirstOrDefault(l => l.IsDefault)?.IsoCode ?? "sl-SI";
        var byId = nodes.ToDictionary(n => n.Id);
        var schedules = (await db.ContentSchedules.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(s => s.NodeId, s => new ContentFileSchedule(s.Culture, s.Action, s.Date));
        var root = Path.Combine(folder, "v17");
        foreach (var sub in new[] { "Content", "Media" })
        {
            var dir = Path.Combine(root, sub);
            if (Directory.Exists(dir))
            {
                foreach (var old in Directory.EnumerateFiles(dir, "*.config"))
                {
                    File.Delete(old);
                }
            }
        }

        var used = new Dictionary<ContentKind, HashSet<string>> { [ContentKind.Document] = [], [ContentKind.Media] = [] };
        foreach (var node in nodes)
        {
            var draft = ContentData.Deserialize(node.DraftData);
            var published = node.PublishedData is null ? null : ContentData.Deserialize(node.PublishedData);
            var varies = types.TryGetValue(node.ContentTypeAlias, out var type) && type.VariesByCulture;
            var names = new Dictionary<string, string>(draft.Names, StringComparer.OrdinalIgnoreCase);
            if (varies && names.Count > 0)
            {
                // uSync writes the default name as well: the name in the default language when there is one.
                names[string.Empty] = names.GetValueOrDefault(defaultCulture) ?? names.OrderBy(n => n.Key, StringComparer.OrdinalIgnoreCase).First().Value;
            }

            var parent = node.ParentId is { } pid ? byId[pid] : null;
            var file = new ContentFile(string.Empty, node.Kind, node.Key, node.Level, parent?.Key ?? Guid.Empty, node.ContentTypeAlias, node.CreateDate,
                node.SortOrder, node.Trashed, node.TrashedParentKey, names,
                (published?.Names.Keys.AsEnumerable() ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase),
                draft.Values.ToDictionary(v => v.Key, v => (IReadOnlyDictionary<string, string>)v.Value, StringComparer.Ordinal))
            {
                Schedules = schedules[node.Id].ToList(),
            };
            if (node.Kind == ContentKind.Media)
            {
                CopyMediaFile(draft, folder);
            }

            var path = "/" + string.Join('/', Ancestry(node, byId).Select(n => UrlName(n, defaultCulture)));
            var parentName = parent is null ? string.Empty : UrlName(parent, defaultCulture, raw: true);
            var sub = node.Kind == ContentKind.Media ? "Media" : "Content";
            ContentFileWriter.Save(ContentFileWriter.ToXml(file, parentName, path), Path.Combine(root, sub, ContentFileWriter.FileName(file, used[node.Kind])));
        }

        return nodes.Count;
    }

    /// <summary>The item's file from the store into <c>media/{id}/{name}</c>, once (a file with that id never changes).</summary>
    private void CopyMediaFile(ContentData draft, string folder)
    {
        if (MediaItems.StoredFile(draft) is not { } stored
            || store.PathOf(stored.Id, Path.GetExtension(stored.Name).TrimStart('.').ToLowerInvariant()) is not { } source || !File.Exists(source))
        {
            return;
        }

        var target = Path.Combine(folder, "media", stored.Id, Path.GetFileName(stored.Name));
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    private static IEnumerable<NodeRecord> Ancestry(NodeRecord node, Dictionary<int, NodeRecord> byId)
    {
        var chain = new List<NodeRecord>();
        for (NodeRecord? n = node; n is not null && chain.Count < 100; n = n.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            chain.Insert(0, n);
        }

        return chain;
    }

    private static string UrlName(NodeRecord node, string defaultCulture, bool raw = false)
    {
        var names = ContentData.Deserialize(node.DraftData).Names;
        var name = names.GetValueOrDefault(string.Empty) ?? names.GetValueOrDefault(defaultCulture) ?? names.OrderBy(n => n.Key, StringComparer.OrdinalIgnoreCase).Select(n => n.Value).FirstOrDefault() ?? string.Empty;
        return raw ? name : new string(name.Where(char.IsLetterOrDigit).ToArray());
    }
}
