using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Search.Internal;

/// <summary>
/// Keeps the back office's index in step with the database. As an after-commit handler of the change pipeline: a full
/// build when the snapshot is (re)loaded, otherwise the changed items (publish, move, trash, restore, delete, media; on
/// this node or another). Saving a draft does not pass the pipeline (nothing on the site changes), so before each search
/// <see cref="CatchUpAsync"/> re-reads the items whose update time is after the index's; every write of a draft sets it.
/// </summary>
public sealed class InternalIndexUpdater(InternalIndex index, ICmsDbContextFactory dbFactory, ILogger<InternalIndexUpdater> logger) : IContentChangedHandler
{
    /// <summary>
    /// How far back a catch-up looks before the latest time it saw: a save that took its time before committing carries
    /// an update time earlier than one that committed first.
    /// </summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentChangeKind.Reloaded || !index.Built)
        {
            await RebuildAsync(cancellationToken);
            return;
        }

        if (change.Keys.Count == 0)
        {
            return;
        }

        var keys = change.Keys.Distinct().ToList();
        await using var db = dbFactory.Create();
        var changed = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToListAsync(cancellationToken);
        index.Update(keys, changed.SelectMany(InternalDocuments.Of));
    }

    /// <summary>Reads every document and media item again; returns the time it took, which the log records.</summary>
    public async Task<TimeSpan> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var db = dbFactory.Create();
        var nodes = await db.Nodes.AsNoTracking().ToListAsync(cancellationToken);
        index.Rebuild(nodes.SelectMany(InternalDocuments.Of), nodes.Count == 0 ? DateTime.MinValue : nodes.Max(n => n.UpdateDate));
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        logger.LogInformation("Back-office index built: {Items} items, {Documents} documents in {Elapsed:0} ms", nodes.Count, index.Count, elapsed.TotalMilliseconds);
        return elapsed;
    }

    /// <summary>Re-indexes what changed in the database since the index last looked (saved drafts, copies, rollbacks).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!index.Built)
        {
            await RebuildAsync(cancellationToken);
            return;
        }

        var since = index.Watermark == DateTime.MinValue ? DateTime.MinValue : index.Watermark - Overlap;
        await using var db = dbFactory.Create();
        var changed = await db.Nodes.AsNoTracking().Where(n => n.UpdateDate >= since).ToListAsync(cancellationToken);
        if (changed.Count > 0)
        {
            index.Update(changed.Select(n => n.Key).ToList(), changed.SelectMany(InternalDocuments.Of), changed.Max(n => n.UpdateDate));
        }
    }
}
