using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Search;

/// <summary>
/// Keeps the local search index in step with the published snapshot: a full rebuild when the snapshot is (re)loaded or
/// the synonym list changes (at start-up the index on disk instead, when built from the same data), otherwise only the
/// items a publish, unpublish, move or delete touched.
/// Runs after the snapshot swap, i.e. after the database transaction committed. At start-up it reads the index on disk
/// while the snapshot is still loading, so the two loads overlap instead of following each other.
/// </summary>
public sealed class SearchIndexer : IHostedService
{
    private readonly SearchIndex _index;
    private readonly PublishedSnapshotService _snapshots;
    private readonly ILogger<SearchIndexer> _logger;

    public SearchIndexer(SearchIndex index, PublishedSnapshotService snapshots, ILogger<SearchIndexer> logger)
    {
        _index = index;
        _snapshots = snapshots;
        _logger = logger;
        _snapshots.Changed += OnChanged;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Preload, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _snapshots.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnChanged(PublishedSnapshot snapshot, IReadOnlyCollection<Guid> keys)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var synonymsChanged = keys.Any(k => snapshot.Get(k)?.ContentType.Alias == "searchPage" || _index.State.Count == 0);
            if (keys.Count == 0 || synonymsChanged || !_index.State.Built)
            {
                var reused = _index.Rebuild(snapshot, culture => Synonyms(snapshot, culture));
                _logger.LogInformation("Search index {How}: {Documents} documents in {Elapsed:0} ms", reused ? "loaded from disk" : "built",
                    _index.State.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                _index.Update(snapshot, keys, culture => Synonyms(snapshot, culture));
            }
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            // Search must never break publishing; the next change or restart rebuilds.
            _logger.LogError(e, "Updating the search index failed");
        }
    }

    private void Preload()
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (_index.Preload())
            {
                _logger.LogInformation("Search index on disk read while the snapshot loads, in {Elapsed:0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Only a head start: the first snapshot rebuilds or loads the index anyway.
            _logger.LogWarning(e, "Reading the search index ahead of the snapshot failed");
        }
    }

    /// <summary>The editable synonym list: the search page's "synonyms" text in the culture.</summary>
    public static SynonymList Synonyms(PublishedSnapshot snapshot, string culture) =>
        snapshot.All.FirstOrDefault(c => c.ContentType.Alias == "searchPage")?.Value("synonyms", culture) is string text
            ? SynonymList.Parse(text, culture)
            : SynonymList.Empty;
}
