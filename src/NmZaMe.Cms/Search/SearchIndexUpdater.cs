using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// Keeps the local search index in step with the published snapshot: a full rebuild when the snapshot is (re)loaded or
/// the synonym list changes (at start-up the index on disk instead, when built from the same data), otherwise only the
/// items the change touched.
/// </summary>
public sealed class SearchIndexUpdater(SearchIndex index, ILogger<SearchIndexUpdater> logger) : IContentChangedHandler
{
    public Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        // A saved draft is not on the site.
        if (change.Kind == ContentChangeKind.Saved)
        {
            return Task.CompletedTask;
        }

        var snapshot = change.After;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var synonymsChanged = change.Keys.Any(k => snapshot.Get(k)?.ContentType.Alias == "searchPage" || index.State.Count == 0);
        if (change.Kind == ContentChangeKind.Reloaded || synonymsChanged || !index.State.Built)
        {
            var reused = index.Rebuild(snapshot, culture => Synonyms(snapshot, culture));
            logger.LogInformation("Search index {How}: {Documents} documents in {Elapsed:0} ms", reused ? "loaded from disk" : "built",
                index.State.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else if (change.Keys.Count > 0)
        {
            index.Update(snapshot, change.Keys, culture => Synonyms(snapshot, culture));
        }

        return Task.CompletedTask;
    }

    /// <summary>The editable synonym list: the search page's "synonyms" text in the culture.</summary>
    public static SynonymList Synonyms(PublishedSnapshot snapshot, string culture) =>
        snapshot.All.FirstOrDefault(c => c.ContentType.Alias == "searchPage")?.Value("synonyms", culture) is string text
            ? SynonymList.Parse(text, culture)
            : SynonymList.Empty;
}
