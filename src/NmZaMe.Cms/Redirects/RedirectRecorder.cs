using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Redirects;

/// <summary>
/// After every committed change, records the old routes of the changed items and of their descendants whose route
/// moved, so the old URLs answer with a 301. Publishing a new URL segment, moving an item and renaming an ancestor all
/// end up here; the use cases know nothing about redirects. Only the node that made the change records them; it logs a
/// <see cref="ContentChangeKind.RedirectsChanged"/> change with them, on which the other nodes re-read their tables.
/// </summary>
public sealed class RedirectRecorder(ICmsDbContextFactory dbFactory, RedirectTracker tracker, ChangeLog changeLog, ILogger<RedirectRecorder> logger) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        if (change.Before is not { } before || change.Keys.Count == 0 || change.Change.FromOtherNode)
        {
            return;
        }

        var changes = RouteChanges.Between(before, change.After, change.Keys);
        if (changes.Count == 0)
        {
            return;
        }

        var now = DateTime.UtcNow;
        await using var db = dbFactory.Create();
        var nodeKeys = changes.Select(c => c.NodeKey).Distinct().ToList();
        var oldPaths = changes.Select(c => c.OldPath).Distinct().ToList();
        var existing = await db.RedirectUrls.Where(r => oldPaths.Contains(r.Path) || nodeKeys.Contains(r.NodeKey)).ToListAsync(cancellationToken);
        var records = new List<RedirectUrlRecord>();
        foreach (var route in changes)
        {
            var record = existing.FirstOrDefault(r => r.RootKey == route.RootKey && r.Culture == route.Culture && string.Equals(r.Path, route.OldPath, StringComparison.OrdinalIgnoreCase));
            if (record is null)
            {
                record = new RedirectUrlRecord { RootKey = route.RootKey, Culture = route.Culture, Path = route.OldPath };
                db.RedirectUrls.Add(record);
                existing.Add(record);
            }

            record.NodeKey = route.NodeKey;
            record.Created = now;
            records.Add(record);
        }

        // An item that came back to an old route of its own no longer needs that redirect.
        var obsolete = existing.Where(r => r.Id != 0 && changes.Any(c => c.NodeKey == r.NodeKey && c.Culture == r.Culture && c.RootKey == r.RootKey
            && string.Equals(c.NewPath, r.Path, StringComparison.OrdinalIgnoreCase))).ToList();
        db.RedirectUrls.RemoveRange(obsolete);
        changeLog.Append(db, new ContentChange(ContentChangeKind.RedirectsChanged, []));
        await db.SaveChangesAsync(cancellationToken);

        tracker.Apply(records.DistinctBy(r => r.Id).Select(r => new RedirectEntry(r.Id, r.RootKey, r.Culture, r.Path, r.NodeKey, r.Created)).ToList(),
            obsolete.Select(o => o.Id).ToList());
        logger.LogInformation("Recorded {Count} redirects from old routes", records.Count);
    }
}
