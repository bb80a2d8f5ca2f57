using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Redirects;

/// <summary>
/// Umbraco's Redirect URL Management, decoupled from the use cases: it keeps the previous published snapshot, and
/// after every swap (so after the write committed) records the old routes of the changed items and their descendants
/// whose route moved. Publishing a new URL segment, moving an item and renaming an ancestor all end up here.
/// </summary>
public sealed class RedirectTracker : IDisposable
{
    private readonly ICmsDbContextFactory _dbFactory;
    private readonly PublishedSnapshotService _snapshots;
    private readonly ILogger<RedirectTracker> _logger;
    private readonly Lock _gate = new();
    private PublishedSnapshot? _previous;
    private RedirectTable _table = RedirectTable.Empty;

    public RedirectTracker(ICmsDbContextFactory dbFactory, PublishedSnapshotService snapshots, ILogger<RedirectTracker> logger)
    {
        _dbFactory = dbFactory;
        _snapshots = snapshots;
        _logger = logger;
        _snapshots.Changed += OnChanged;
    }

    public RedirectTable Table => Volatile.Read(ref _table);

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = _dbFactory.Create();
        var entries = await db.RedirectUrls.AsNoTracking()
            .Select(r => new RedirectEntry(r.Id, r.RootKey, r.Culture, r.Path, r.NodeKey, r.Created))
            .ToListAsync(cancellationToken);
        lock (_gate)
        {
            Volatile.Write(ref _table, new RedirectTable(entries));
        }
    }

    /// <summary>Drops a deleted entry from the table (the caller has removed it from the database).</summary>
    public void Forget(long id)
    {
        lock (_gate)
        {
            Volatile.Write(ref _table, _table.Without(id));
        }
    }

    public void Dispose() => _snapshots.Changed -= OnChanged;

    private void OnChanged(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys)
    {
        // Swaps are serialised by the snapshot service, so the previous snapshot is always the one just replaced.
        var previous = Interlocked.Exchange(ref _previous, snapshot);
        if (previous is null || keys.Count == 0)
        {
            return;
        }

        var changes = RouteChanges.Between(previous, snapshot, keys);
        if (changes.Count == 0)
        {
            return;
        }

        try
        {
            Record(changes);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The content change itself has committed; a lost redirect must not turn it into an error.
            _logger.LogError(e, "Recording {Count} redirects failed", changes.Count);
        }
    }

    private void Record(List<RouteChange> changes)
    {
        var now = DateTime.UtcNow;
        using var db = _dbFactory.Create();
        var nodeKeys = changes.Select(c => c.NodeKey).Distinct().ToList();
        var oldPaths = changes.Select(c => c.OldPath).Distinct().ToList();
        var existing = db.RedirectUrls.Where(r => oldPaths.Contains(r.Path) || nodeKeys.Contains(r.NodeKey)).ToList();
        var records = new List<RedirectUrlRecord>();
        foreach (var change in changes)
        {
            var record = existing.FirstOrDefault(r => r.RootKey == change.RootKey && r.Culture == change.Culture && string.Equals(r.Path, change.OldPath, StringComparison.OrdinalIgnoreCase));
            if (record is null)
            {
                record = new RedirectUrlRecord { RootKey = change.RootKey, Culture = change.Culture, Path = change.OldPath };
                db.RedirectUrls.Add(record);
                existing.Add(record);
            }

            record.NodeKey = change.NodeKey;
            record.Created = now;
            records.Add(record);
        }

        // An item that came back to an old route of its own no longer needs that redirect.
        var obsolete = existing.Where(r => r.Id != 0 && changes.Any(c => c.NodeKey == r.NodeKey && c.Culture == r.Culture && c.RootKey == r.RootKey
            && string.Equals(c.NewPath, r.Path, StringComparison.OrdinalIgnoreCase))).ToList();
        db.RedirectUrls.RemoveRange(obsolete);
        db.SaveChanges();

        lock (_gate)
        {
            var added = records.DistinctBy(r => r.Id).Select(r => new RedirectEntry(r.Id, r.RootKey, r.Culture, r.Path, r.NodeKey, r.Created)).ToList();
            Volatile.Write(ref _table, _table.With(added, obsolete.Select(o => o.Id).ToList()));
        }

        _logger.LogInformation("Recorded {Count} redirects from old routes", records.Count);
    }
}
