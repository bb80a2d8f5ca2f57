using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>A document that still points at an item: its key, tree path (for start-node checks) and name in the default language.</summary>
public sealed record ContentUsage(Guid Key, string Path, string Name);

/// <summary>
/// Which documents outside a branch point at the branch's root or its descendants, in their draft or published data:
/// pickers and links store <c>umb://document/…</c>, rich text links since Umbraco 14 the bare key. Asked before the
/// branch goes to the recycle bin, which leaves those pickers and links empty on the site (review B17); media has the
/// same question in <see cref="Media.MediaUsages"/>. Trashed documents are not asked: they are off the site already.
/// Who points at what comes from the <see cref="ReferenceMap"/>; only the documents found are read.
/// </summary>
public sealed class ContentUsages(CmsDbContext db, ReferenceMap map)
{
    /// <summary>Only the branch's first items are looked for: a larger branch is a rare, deliberate clean-up.</summary>
    private const int BranchKeys = 100;

    private const int Listed = 50;

    public async Task<IReadOnlyList<ContentUsage>> ExecuteAsync(NodeRecord root, string defaultCulture, CancellationToken cancellationToken = default)
    {
        var prefix = root.Path + ",";
        var branch = await db.Nodes.AsNoTracking()
            .Where(n => n.Id == root.Id || n.Path.StartsWith(prefix))
            .OrderBy(n => n.Level).ThenBy(n => n.SortOrder)
            .Select(n => n.Key).Take(BranchKeys).ToListAsync(cancellationToken);
        return await FindAsync(branch, root.Id, prefix, defaultCulture, cancellationToken);
    }

    /// <summary>The documents that point at this one item, its own descendants included: the item page's "referenced by".</summary>
    public Task<IReadOnlyList<ContentUsage>> ItemAsync(NodeRecord item, string defaultCulture, CancellationToken cancellationToken = default) =>
        FindAsync([item.Key], item.Id, null, defaultCulture, cancellationToken);

    /// <summary>Documents other than <paramref name="excludedId"/> (and the branch under <paramref name="excludedPrefix"/>) pointing at any of the keys.</summary>
    private async Task<IReadOnlyList<ContentUsage>> FindAsync(List<Guid> keys, int excludedId, string? excludedPrefix, string defaultCulture, CancellationToken cancellationToken)
    {
        var referrers = map.ReferrersOf(keys).ToList();
        var found = await db.Nodes.AsNoTracking()
            .Where(n => referrers.Contains(n.Key) && n.Kind == ContentKind.Document && !n.Trashed && n.Id != excludedId && (excludedPrefix == null || !n.Path.StartsWith(excludedPrefix)))
            .OrderBy(n => n.Path)
            .Select(n => new { n.Key, n.Path, n.DraftData })
            .Take(Listed)
            .ToListAsync(cancellationToken);
        return found.OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new ContentUsage(f.Key, f.Path, ContentTree.NameOf(ContentData.Deserialize(f.DraftData), defaultCulture) is { Length: > 0 } name ? name : f.Key.ToString()))
            .ToList();
    }
}
