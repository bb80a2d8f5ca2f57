using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Drafts as the Delivery API's <c>Preview: true</c> shows them: a snapshot built from every item's draft, rebuilt
/// only when something was saved since (checked with one aggregate query). Previews are for editors with the API key,
/// so this is the one read that may touch the database; public reads never do.
/// </summary>
public sealed class PreviewSnapshotService(ICmsDbContextFactory dbFactory, ISnapshotSource published)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Stamp, PublishedSnapshot Snapshot)? _cached;

    public async Task<PublishedSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var live = db.Nodes.AsNoTracking().Where(n => !n.Trashed);
        var stamp = $"{await live.CountAsync(cancellationToken)}:{await live.SumAsync(n => (long)n.Version, cancellationToken)}:{published.Current.Generation}";
        if (_cached is { } hit && hit.Stamp == stamp)
        {
            return hit.Snapshot;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            var schema = published.Current.Schema;
            var rows = await (
                from n in live
                join p in db.Nodes on n.ParentId equals p.Id into parents
                from p in parents.DefaultIfEmpty()
                select new { n.Id, n.Key, ParentKey = p == null ? (Guid?)null : p.Key, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate, n.UpdateDate, n.DraftData })
                .ToListAsync(cancellationToken);
            var items = new List<PublishedContent>(rows.Count);
            foreach (var row in rows)
            {
                var draft = ContentData.Deserialize(row.DraftData);
                foreach (var (culture, name) in draft.Names)
                {
                    if (!draft.Segments.ContainsKey(culture))
                    {
                        draft.Segments[culture] = Text.UrlSegment.From(name);
                    }
                }

                var source = new PublishedSource(row.Id, row.Key, row.ParentKey, row.Level, row.SortOrder, row.ContentTypeAlias, row.CreateDate, row.UpdateDate, draft.Serialize());
                if (PublishedContentFactory.Create(source, schema) is { } item)
                {
                    items.Add(item);
                }
            }

            var snapshot = new PublishedSnapshot(schema, items, published.Current.Generation);
            _cached = (stamp, snapshot);
            return snapshot;
        }
        finally
        {
            _lock.Release();
        }
    }
}
